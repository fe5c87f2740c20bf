import { DEFAULT_COMMEMORATIONS, type Commemoration } from './calendar/commemoration';
import type { IsoDate } from './excelDate';
import { DEFAULT_RATING_LEVELS, type RatingLevel, type Unit } from './report/unit';
import type { Period } from './period';
import type { Round } from './round';
import type { Target } from './target';
import type { Task } from './task';

/** The header and signature facts of a plan document (docs/domain.md#official-format). */
export interface PlanInfo {
  superiorBody: string;
  issuingBody: string;
  /** "31/KH-LĐLĐ", without the "Số:" prefix. */
  number: string;
  place: string;
  date: IsoDate | null;
  title: string;
  period: Period;
  /** "TM. BAN THƯỜNG VỤ" */
  signerOnBehalf: string;
  /** "CHỦ TỊCH" */
  signerTitle: string;
  signerName: string;
  recipients: string[];
}

export interface Plan {
  info: PlanInfo;
  targets: Target[];
  tasks: Task[];
  /** The days the calendar marks (sheet `Ngày lễ`), prefilled and editable. */
  commemorations: Commemoration[];
  /** The member units expected to report (sheet `Đơn vị`); empty for a grassroots union. */
  units: Unit[];
  /** Rating thresholds for ranking units, editable in `Đơn vị`. */
  ratingLevels: RatingLevel[];
  /**
   * Reporting rounds (Table `KyBaoCao` in `Đơn vị`); absent in a plan made before rounds, whose
   * period's usual rounds apply (domain/round.ts planRounds).
   */
  rounds?: Round[];
}

export function emptyPlan(issuingBody: string, superiorBody: string, period: Period): Plan {
  return {
    info: {
      superiorBody,
      issuingBody,
      number: '',
      place: '',
      date: null,
      title: '',
      period,
      signerOnBehalf: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'CHỦ TỊCH',
      signerName: '',
      recipients: [],
    },
    targets: [],
    tasks: [],
    commemorations: DEFAULT_COMMEMORATIONS.map((c) => ({ ...c })),
    units: [],
    ratingLevels: DEFAULT_RATING_LEVELS.map((l) => ({ ...l })),
  };
}
