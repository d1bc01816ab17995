export { detectWatermarks, type WatermarkResult, type Polarity } from "./detect.js";
export { WATERMARK_SPECS, type WatermarkSpec, type WatermarkVariant } from "./variants.js";
export type { ChannelOrder } from "./dwt-dct.js";
