import type { ReportStatus } from '../../domain/types';

/** Adaptive Card text colour per status. Colour is never the only carrier: the label is always shown. */
export function statusColor(
  status: ReportStatus | null,
): 'Default' | 'Good' | 'Warning' | 'Attention' {
  switch (status) {
    case 'genomford':
      return 'Good';
    case 'pagar-med-avvikelse':
    case 'framflyttad':
      return 'Warning';
    case 'avbruten':
    case null:
      return 'Attention';
    default:
      return 'Default';
  }
}
