import type { View } from '../../cards/views';

/**
 * 0 done (or a question answered), 1 partially done or refused (including "ask again more
 * precisely"), 2 bad input. Graph or store faults count as 1: the input was fine.
 */
export function exitCodeOf(view: View): number {
  switch (view.kind) {
    case 'result':
      return view.state === 'completed' || view.state === 'restored' ? 0 : 1;
    case 'parse-help':
      return 2;
    case 'refused':
    case 'clarify':
      return 1;
    case 'notice':
      return view.code === 'cancelled' ? 0 : 1;
    case 'confirm-removal':
    case 'reclaim':
    case 'scheduled':
    case 'affected-user':
    case 'user-licenses':
    case 'who-has':
    case 'free-seats':
    case 'help':
    case 'progress':
    case 'approval':
      return 0;
  }
}
