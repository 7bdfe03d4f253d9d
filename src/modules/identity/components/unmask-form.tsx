"use client";

import { RevealForm } from "@/components/form/reveal-form";
import { unmaskIdentifierAction } from "../actions";

export function UnmaskForm({ subjectId, masked, labels }: { subjectId: string; masked: string; labels: { show: string; notice: string } }) {
  return <RevealForm action={unmaskIdentifierAction} fields={{ subjectId }} masked={masked} labels={labels} testId="identifier" />;
}
