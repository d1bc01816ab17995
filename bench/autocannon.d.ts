// Minimal types for the parts of autocannon the benchmark uses (the package ships none).
declare module "autocannon" {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Array<Record<string, unknown>>;
  }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
