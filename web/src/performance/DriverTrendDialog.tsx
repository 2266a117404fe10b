import { Modal } from '../app/ui/dialog.js';
import { DriverPerformance } from './DriverPerformance.js';

/** A DA's 12 weeks from the station's week, without leaving it. */
export function DriverTrendDialog({
  driverId,
  name,
  week,
  onClose,
}: {
  driverId: string;
  name: string;
  week: string;
  onClose: () => void;
}) {
  return (
    <Modal title={`${name}: 12 weeks`} onClose={onClose} wide>
      <DriverPerformance driverId={driverId} week={week} />
    </Modal>
  );
}
