/**
 * Minimum-cost maximum flow by successive shortest paths: Dijkstra on reduced costs with node
 * potentials (Johnson), one augmenting path at a time. With integer capacities and costs it
 * returns an integral flow that is a maximum flow of least cost — exactly what the roster needs:
 * cover as many routes as possible, then as cheaply as possible. Costs must be non-negative
 * integers (so the first potentials can be zero) whose sums stay below 2^53.
 */
export class FlowNetwork {
  private readonly head: Int32Array;
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin (index ^ 1); returns the arc's index. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const arc = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return arc;
  }

  private push(from: number, to: number, capacity: number, cost: number) {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] ?? -1);
    this.head[from] = this.to.length - 1;
  }

  /** Units flowing on an arc returned by `addArc`. */
  flowOn(arc: number): number {
    return this.capacity[arc ^ 1] ?? 0;
  }

  minCostMaxFlow(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const done = new Uint8Array(n);
    const heap = new MinHeap();
    let flow = 0;
    let total = 0;
    for (;;) {
      dist.fill(Number.POSITIVE_INFINITY);
      done.fill(0);
      via.fill(-1);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const u = heap.popNode();
        if (done[u]) continue;
        done[u] = 1;
        if (u === sink) break; // the rest of the graph cannot shorten this path
        const du = (dist[u] as number) + (potential[u] as number);
        for (let a = this.head[u] as number; a !== -1; a = this.next[a] as number) {
          if ((this.capacity[a] as number) <= 0) continue;
          const v = this.to[a] as number;
          if (done[v]) continue;
          const dv = du + (this.cost[a] as number) - (potential[v] as number);
          if (dv < (dist[v] as number)) {
            dist[v] = dv;
            via[v] = a;
            heap.push(dv, v);
          }
        }
      }
      if (!done[sink]) return { flow, cost: total };
      // Nodes not settled keep their reduced costs non-negative with the sink's distance
      // (min(d, d_sink) still satisfies the triangle inequality on every residual arc).
      const cap = dist[sink] as number;
      for (let v = 0; v < n; v++) potential[v] = (potential[v] as number) + Math.min(dist[v] as number, cap);
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number)
        push = Math.min(push, this.capacity[via[v] as number] as number);
      for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number) {
        const a = via[v] as number;
        this.capacity[a] = (this.capacity[a] as number) - push;
        this.capacity[a ^ 1] = (this.capacity[a ^ 1] as number) + push;
        total += push * (this.cost[a] as number);
      }
      flow += push;
    }
  }
}

/** A binary heap of (key, node) pairs; stale entries are skipped by the caller. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  clear() {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  push(key: number, node: number) {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  popNode(): number {
    const { keys, nodes } = this;
    const top = nodes[0] as number;
    const lastKey = keys.pop() as number;
    const lastNode = nodes.pop() as number;
    const n = keys.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= lastKey) break;
      keys[i] = keys[child] as number;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}
