/**
 * Fee claims, the monthly report and the office's reports (issue 8; Rules cl. 5.2, 5.4, 33,
 * 54–59): the `fees` part of the catalog. kk and ru must have exactly this shape
 * (`FeesMessages`). Each part of the area keeps its own sub-object.
 */
export const feesEn = {
  title: 'Reports and fee claims',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type FeesMessages = Widen<typeof feesEn>;
