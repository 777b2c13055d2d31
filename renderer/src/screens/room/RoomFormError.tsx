import type { FieldErrors } from '../../components/form.js';

/** The form-level error of a room dialog, in a live region so it is read when it appears. */
export function RoomFormError({ errors }: { errors: FieldErrors }) {
  return (
    <p className="form-error" role="alert">
      {errors[''] ?? ''}
    </p>
  );
}
