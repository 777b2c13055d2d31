import type { AppErrorPayload } from '../../../../shared/contract/result.js';
import type { FieldErrors } from '../../components/form.js';

/**
 * Where a room dialog shows a refused call: under the field the error concerns (a wrong code under
 * the code, an address that does not answer under the address), anything else at the top of the
 * form ('': a toast would sit under the modal dialog's backdrop).
 */
export function inTheForm(error: AppErrorPayload): string {
  if (error.code === 'room_code_wrong') return 'code';
  if (error.code === 'room_unreachable') return 'address';
  return '';
}

/** The form-level error of a room dialog, in a live region so it is read when it appears. */
export function RoomFormError({ errors }: { errors: FieldErrors }) {
  return (
    <p className="form-error" role="alert">
      {errors[''] ?? ''}
    </p>
  );
}
