import type { LangPack } from "../pack.js";
import { AR, AR_ROM } from "./ar.js";
import { BN, BN_ROM } from "./bn.js";
import { EN } from "./en.js";
import { ES } from "./es.js";
import { FR } from "./fr.js";
import { HI, HI_ROM } from "./hi.js";
import { ID } from "./id.js";
import { KK } from "./kk.js";
import { KM } from "./km.js";
import { KO } from "./ko.js";
import { KY } from "./ky.js";
import { MS } from "./ms.js";
import { NE, NE_ROM } from "./ne.js";
import { PT } from "./pt.js";
import { RU } from "./ru.js";
import { SI } from "./si.js";
import { SW } from "./sw.js";
import { TA } from "./ta.js";
import { TH } from "./th.js";
import { TL } from "./tl.js";
import { UR, UR_ROM } from "./ur.js";
import { VI } from "./vi.js";
import { ZH } from "./zh.js";

/**
 * Every language pack, in output order. Languages commonly typed in Latin letters online
 * (hi, ur, bn, ne, ar) have a second, romanised pack written separately, not transliterated by code.
 */
export const PACKS: readonly LangPack[] = [
  KO, ID, BN, BN_ROM, AR, AR_ROM, FR, RU, KK, KY, NE, NE_ROM, HI, HI_ROM, UR, UR_ROM,
  SI, TA, VI, TH, KM, TL, MS, SW, ES, PT, ZH, EN,
];
