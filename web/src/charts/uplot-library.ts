// uPlot with its styles: one module, imported dynamically so both load with the first chart.
import 'uplot/dist/uPlot.min.css';

export { default } from 'uplot';
