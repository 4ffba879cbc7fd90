/** Numbers of the indicators as the tab shows them (Resultat and Översikt): Swedish style. */
const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export const formatNumber = (n: number): string => numberFormat.format(n);

/** A change since the value before: "+10,5", "−3", "±0". */
export const formatChange = (n: number): string =>
  n === 0 ? '±0' : n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
