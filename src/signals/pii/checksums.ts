/**
 * Check-digit algorithms used by national identifiers. Each takes ASCII digits only (see onlyDigits)
 * and returns whether the embedded check digit(s) validate. Pure functions, no I/O.
 */

const d = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Verhoeff (dihedral group D5) — Indian Aadhaar. */
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export const isVerhoeffValid = (digits: string): boolean => {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d(digits, digits.length - 1 - i)]];
  return c === 0;
};

/** Luhn (mod 10) — payment cards, some IDs. */
export const isLuhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = d(digits, digits.length - 1 - i);
    if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
};

/** Korean resident registration number (pre-Oct-2020 numbers; later ones have no check digit). */
export const isKoreanRrnChecksumValid = (digits: string): boolean => {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += d(digits, i) * w[i];
  return (11 - (sum % 11)) % 10 === d(digits, 12);
};

/** Thai citizen ID: weights 13..2, check = (11 - sum mod 11) mod 10. */
export const isThaiIdValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += d(digits, i) * (13 - i);
  return (11 - (sum % 11)) % 10 === d(digits, 12);
};

/** Brazilian CPF: two mod-11 check digits; all-equal digit strings are invalid by rule. */
export const isCpfValid = (digits: string): boolean => {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (len: number): number => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += d(digits, i) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === d(digits, 9) && check(10) === d(digits, 10);
};

/** Chinese resident identity card (GB 11643): ISO 7064 MOD 11-2, check char may be X. */
export const isChineseIdValid = (id: string): boolean => {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += d(id, i) * w[i];
  return "10X98765432"[sum % 11] === id[17].toUpperCase();
};

/** Kazakhstan IIN / BIN: mod 11 with a second weight set when the first gives 10. */
export const isKazakhIinValid = (digits: string): boolean => {
  const weighted = (w: number[]): number => w.reduce((acc, wi, i) => acc + wi * d(digits, i), 0) % 11;
  let c = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (c === 10) c = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return c !== 10 && c === d(digits, 11);
};

/** Russian SNILS: weights 9..1 on the 9-digit number; checksum mod 101 (100 -> 00). */
export const isSnilsValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d(digits, i) * (9 - i);
  const c = sum % 101 === 100 ? 0 : sum % 101;
  return c === Number(digits.slice(9, 11));
};

/** Russian personal INN (12 digits): two check digits. */
export const isRussianInn12Valid = (digits: string): boolean => {
  const c = (w: number[]): number => (w.reduce((acc, wi, i) => acc + wi * d(digits, i), 0) % 11) % 10;
  return (
    c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d(digits, 10) && c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d(digits, 11)
  );
};

/** French NIR (INSEE number): key = 97 - (number mod 97); Corsica 2A/2B count as 19/18. */
export const isFrenchNirValid = (nir: string): boolean => {
  const body = nir.slice(0, 13).toUpperCase().replace("2A", "19").replace("2B", "18");
  if (!/^\d{13}$/.test(body)) return false;
  return 97 - Number(BigInt(body) % 97n) === Number(nir.slice(13, 15));
};

/** True when y-m-d is a real calendar date. */
export const isValidDate = (y: number, m: number, day: number): boolean => {
  if (m < 1 || m > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};
