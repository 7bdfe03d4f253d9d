"use client";

import { ActionForm, SelectField, SubmitButton, TextField, useFormStateContext } from "@/components/form/action-form";
import { formatCentiM3 } from "../domain/volume";
import { cancelBookingAction, changeCapacityAction, confirmBookingAction, recordMovementAction, reviewBookingAction, saveWarehouseAction } from "../actions";
import { WAREHOUSE_FIELDS, type WarehouseField } from "./warehouse-fields";

type Option = { value: string; label: string };

export function BookingStartForm({
  code,
  subjects,
  defaults,
  labels,
}: {
  code: string;
  subjects: Option[];
  defaults: { subjectId?: string; from?: string; to?: string; volumeM3?: string; cold?: string };
  labels: Record<"subject" | "from" | "fromHint" | "to" | "toHint" | "volume" | "volumeHint" | "temperature" | "ambient" | "cold" | "submit" | "errorTitle" | "choose", string>;
}) {
  return (
    <ActionForm action={reviewBookingAction} errorTitle={labels.errorTitle} fieldLabels={{ subjectId: labels.subject, from: labels.from, to: labels.to, volumeM3: labels.volume, cold: labels.temperature }}>
      <input type="hidden" name="code" value={code} />
      <SelectField name="subjectId" label={labels.subject} options={subjects} defaultValue={defaults.subjectId ?? (subjects.length === 1 ? subjects[0]?.value : undefined)} placeholder={labels.choose} />
      <TextField name="from" type="date" label={labels.from} hint={labels.fromHint} defaultValue={defaults.from} />
      <TextField name="to" type="date" label={labels.to} hint={labels.toHint} defaultValue={defaults.to} />
      <TextField name="volumeM3" label={labels.volume} hint={labels.volumeHint} inputMode="decimal" maxLength={10} defaultValue={defaults.volumeM3} />
      <SelectField name="cold" label={labels.temperature} options={[{ value: "false", label: labels.ambient }, { value: "true", label: labels.cold }]} defaultValue={defaults.cold ?? "false"} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function ConfirmBookingForm({ code, request, idempotencyKey, labels }: { code: string; request: Record<"subjectId" | "from" | "to" | "volumeM3" | "cold", string>; idempotencyKey: string; labels: { submit: string; errorTitle: string } }) {
  return (
    <ActionForm action={confirmBookingAction} errorTitle={labels.errorTitle} fieldLabels={{}}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {Object.entries(request).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function CancelBookingForm({ bookingId, labels }: { bookingId: string; labels: { submit: string; errorTitle: string } }) {
  return (
    <ActionForm action={cancelBookingAction} errorTitle={labels.errorTitle} fieldLabels={{}}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <button type="submit" className="min-h-12 rounded bg-red-800 px-6 py-3 text-lg font-bold text-white hover:bg-red-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
        {labels.submit}
      </button>
    </ActionForm>
  );
}

export function MovementForm({ bookingId, step, labels }: { bookingId: string; step: "arrive" | "depart"; labels: { submit: string; errorTitle: string } }) {
  return (
    <ActionForm action={recordMovementAction} errorTitle={labels.errorTitle} fieldLabels={{}} className="space-y-2">
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="step" value={step} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

type Conflict = { reference: string; subjectName: string; from: string; to: string; volume: number; status: string };

function CapacityConflicts({ labels }: { labels: Record<"title" | "reference" | "subject" | "dates" | "volume", string> }) {
  const state = useFormStateContext();
  if (state.status !== "error" || !state.data?.conflicts) return null;
  const conflicts = JSON.parse(state.data.conflicts) as Conflict[];

  return (
    <section aria-labelledby="conflicts-title" className="rounded border-2 border-red-700 bg-white p-3">
      <h2 id="conflicts-title" className="font-bold text-red-800">{labels.title}</h2>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-3">{labels.reference}</th>
              <th scope="col" className="pr-3">{labels.subject}</th>
              <th scope="col" className="pr-3">{labels.dates}</th>
              <th scope="col">{labels.volume}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.reference} className="border-t border-slate-300">
                <td className="pr-3 font-mono">{c.reference}</td>
                <td className="pr-3">{c.subjectName}</td>
                <td className="pr-3">{c.from} – {c.to}</td>
                <td>{formatCentiM3(c.volume)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CapacityForm({
  code,
  labels,
  conflictLabels,
}: {
  code: string;
  labels: Record<"temperature" | "ambient" | "cold" | "from" | "to" | "toHint" | "capacity" | "capacityHint" | "submit" | "errorTitle", string>;
  conflictLabels: Record<"title" | "reference" | "subject" | "dates" | "volume", string>;
}) {
  return (
    <ActionForm action={changeCapacityAction} errorTitle={labels.errorTitle} fieldLabels={{ temperature: labels.temperature, from: labels.from, to: labels.to, capacityM3: labels.capacity }}>
      <input type="hidden" name="code" value={code} />
      <CapacityConflicts labels={conflictLabels} />
      <SelectField name="temperature" label={labels.temperature} options={[{ value: "ambient", label: labels.ambient }, { value: "cold", label: labels.cold }]} defaultValue="ambient" />
      <TextField name="from" type="date" label={labels.from} />
      <TextField name="to" type="date" label={labels.to} hint={labels.toHint} />
      <TextField name="capacityM3" label={labels.capacity} hint={labels.capacityHint} inputMode="decimal" maxLength={10} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}


export function WarehouseForm({
  existingCode,
  defaults,
  labels,
  hints,
  kinds,
  submit,
  errorTitle,
}: {
  existingCode?: string;
  defaults: Partial<Record<WarehouseField, string>>;
  labels: Record<WarehouseField, string>;
  hints: Partial<Record<WarehouseField, string>>;
  kinds: Option[];
  submit: string;
  errorTitle: string;
}) {
  // Capacity is changed through the capacity form (checked against bookings) once a warehouse exists.
  const fields = WAREHOUSE_FIELDS.filter((f) => !(existingCode && (f === "code" || f === "ambientCapacityM3" || f === "coldCapacityM3")));

  return (
    <ActionForm action={saveWarehouseAction} errorTitle={errorTitle} fieldLabels={labels}>
      {existingCode ? <input type="hidden" name="existingCode" value={existingCode} /> : null}
      {existingCode ? (
        <>
          <input type="hidden" name="ambientCapacityM3" value={defaults.ambientCapacityM3 ?? "0"} />
          <input type="hidden" name="coldCapacityM3" value={defaults.coldCapacityM3 ?? "0"} />
        </>
      ) : null}
      {fields.map((name) =>
        name === "kind" ? (
          <SelectField key={name} name={name} label={labels[name]} options={kinds} defaultValue={defaults[name]} />
        ) : (
          <TextField key={name} name={name} label={labels[name]} hint={hints[name]} type={name === "openingDate" ? "date" : "text"} defaultValue={defaults[name]} />
        ),
      )}
      <SubmitButton>{submit}</SubmitButton>
    </ActionForm>
  );
}
