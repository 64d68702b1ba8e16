/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Reports: text for a person, TAP 14 and JUnit XML for CI dashboards,
 * JSON for tools. */
#include <string.h>

#include "cf_internal.h"

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

static void xml_str(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default:
			if ((unsigned char)*s >= 0x20)
				fputc(*s, f);
		}
	}
}

/* TAP YAML block scalars: one line, quoted. */
static void yaml_str(FILE *f, const char *s)
{
	json_str(f, s); /* a JSON string is a valid YAML flow scalar */
}

static const char *sev(const struct cf_check *k)
{
	return k->severity == CF_MANDATORY ? "mandatory" : "recommended";
}

static void targets(FILE *f, unsigned t, const char *sep)
{
	bool first = true;
	for (unsigned b = 1; b <= CF_T_FMLD; b <<= 1)
		if (t & b) {
			fprintf(f, "%s%s", first ? "" : sep, cf_target_name(b));
			first = false;
		}
}

static void identity(FILE *f, const struct cf_report *rep, const char *pre)
{
	fprintf(f, "%starget %s: %s", pre, rep->target_name ? rep->target_name : "?",
		cf_target_name(rep->kind));
	if (rep->have_ident)
		fprintf(f, ", vendor %04Xh device %04Xh serial %016llXh", rep->ident.vendor_id,
			rep->ident.device_id, (unsigned long long)rep->ident.serial_number);
	fprintf(f, ", %u CEL entries\n", rep->cel_count);
}

static void text_line(FILE *f, const struct cf_result *r)
{
	fprintf(f, "%-5s %-44s %s", cf_outcome_name(r->outcome), r->chk->id, r->chk->ref);
	if (r->outcome == CF_SKIP)
		fprintf(f, " (%s)", r->detail);
	fputc('\n', f);
}

static void text_end(FILE *f, const struct cf_report *rep)
{
	fprintf(f, "\n%zu checks: %zu pass, %zu fail, %zu skip, %zu error (%zu mandatory failed) "
		   "in %.3f s\n",
		rep->n, rep->count[CF_PASS], rep->count[CF_FAIL], rep->count[CF_SKIP],
		rep->count[CF_ERROR], rep->mandatory_failed, (double)rep->ns / 1e9);
	if (rep->count[CF_FAIL] + rep->count[CF_ERROR]) {
		fprintf(f, "\nfailures:\n");
		for (size_t i = 0; i < rep->n; i++) {
			const struct cf_result *r = &rep->res[i];
			if (r->outcome != CF_FAIL && r->outcome != CF_ERROR)
				continue;
			fprintf(f, "  %s %s (%s, %s): %s\n    %s\n", cf_outcome_name(r->outcome),
				r->chk->id, r->chk->ref, sev(r->chk), r->chk->title, r->detail);
		}
	}
}

static void tap_begin(FILE *f, const struct cf_report *rep)
{
	fprintf(f, "TAP version 14\n");
	identity(f, rep, "# ");
	fprintf(f, "1..%zu\n", rep->planned);
}

static void tap_line(FILE *f, const struct cf_result *r, size_t i)
{
	bool ok = r->outcome == CF_PASS || r->outcome == CF_SKIP;
	fprintf(f, "%s %zu - %s", ok ? "ok" : "not ok", i + 1, r->chk->id);
	if (r->outcome == CF_SKIP)
		fprintf(f, " # SKIP %s", r->detail);
	fputc('\n', f);
	if (!ok) {
		fprintf(f, "  ---\n  title: ");
		yaml_str(f, r->chk->title);
		fprintf(f, "\n  spec_ref: ");
		yaml_str(f, r->chk->ref);
		fprintf(f, "\n  severity: %s\n  outcome: %s\n  detail: ", sev(r->chk),
			cf_outcome_name(r->outcome));
		yaml_str(f, r->detail);
		fprintf(f, "\n  ...\n");
	}
}

static void junit(FILE *f, const struct cf_report *rep)
{
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(f, "<testsuite name=\"cxlmb-conform\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
		   "skipped=\"%zu\" time=\"%.6f\">\n",
		rep->n, rep->count[CF_FAIL], rep->count[CF_ERROR], rep->count[CF_SKIP],
		(double)rep->ns / 1e9);
	fprintf(f, "  <properties>\n    <property name=\"target\" value=\"");
	xml_str(f, rep->target_name ? rep->target_name : "");
	fprintf(f, "\"/>\n    <property name=\"kind\" value=\"%s\"/>\n", cf_target_name(rep->kind));
	if (rep->have_ident)
		fprintf(f, "    <property name=\"serial\" value=\"%016llX\"/>\n",
			(unsigned long long)rep->ident.serial_number);
	fprintf(f, "  </properties>\n");
	for (size_t i = 0; i < rep->n; i++) {
		const struct cf_result *r = &rep->res[i];
		const char *area = r->chk->id;
		size_t alen = strcspn(area, ".");
		fprintf(f, "  <testcase classname=\"conform.%.*s\" name=\"", (int)alen, area);
		xml_str(f, r->chk->id);
		fprintf(f, "\" time=\"%.6f\">", (double)r->ns / 1e9);
		if (r->outcome != CF_PASS) {
			const char *tag = r->outcome == CF_FAIL ? "failure"
					: r->outcome == CF_ERROR ? "error" : "skipped";
			fprintf(f, "<%s message=\"", tag);
			xml_str(f, r->detail);
			fprintf(f, "\">");
			xml_str(f, r->chk->ref);
			fprintf(f, ": ");
			xml_str(f, r->chk->title);
			fprintf(f, "</%s>", tag);
		}
		fprintf(f, "</testcase>\n");
	}
	fprintf(f, "</testsuite>\n");
}

static void json_check_meta(FILE *f, const struct cf_check *k)
{
	fprintf(f, "\"id\":");
	json_str(f, k->id);
	fprintf(f, ",\"title\":");
	json_str(f, k->title);
	fprintf(f, ",\"spec_ref\":");
	json_str(f, k->ref);
	fprintf(f, ",\"severity\":\"%s\",\"targets\":[", sev(k));
	for (unsigned b = 1, first = 1; b <= CF_T_FMLD; b <<= 1)
		if (k->targets & b) {
			fprintf(f, "%s\"%s\"", first ? "" : ",", cf_target_name(b));
			first = 0;
		}
	fprintf(f, "],\"needs_registers\":%s,\"destructive\":", k->regs ? "true" : "false");
	if (k->destroys)
		json_str(f, k->destroys);
	else
		fprintf(f, "false");
}

static void json(FILE *f, const struct cf_report *rep)
{
	fprintf(f, "{\"target\":");
	json_str(f, rep->target_name ? rep->target_name : "");
	fprintf(f, ",\"kind\":\"%s\"", cf_target_name(rep->kind));
	if (rep->have_ident)
		fprintf(f, ",\"identity\":{\"vendor_id\":%u,\"device_id\":%u,\"subsys_vendor_id\":%u,"
			   "\"subsys_id\":%u,\"serial\":\"%016llX\",\"max_msg_size\":%u,"
			   "\"component_type\":%u}",
			rep->ident.vendor_id, rep->ident.device_id, rep->ident.subsys_vendor_id,
			rep->ident.subsys_id, (unsigned long long)rep->ident.serial_number,
			rep->ident.max_msg_size, rep->ident.component_type);
	fprintf(f, ",\"cel_entries\":%u,\"seconds\":%.6f,\"summary\":{\"checks\":%zu,\"pass\":%zu,"
		   "\"fail\":%zu,\"skip\":%zu,\"error\":%zu,\"mandatory_failed\":%zu},\"checks\":[",
		rep->cel_count, (double)rep->ns / 1e9, rep->n, rep->count[CF_PASS], rep->count[CF_FAIL],
		rep->count[CF_SKIP], rep->count[CF_ERROR], rep->mandatory_failed);
	for (size_t i = 0; i < rep->n; i++) {
		const struct cf_result *r = &rep->res[i];
		fprintf(f, "%s\n{", i ? "," : "");
		json_check_meta(f, r->chk);
		fprintf(f, ",\"outcome\":\"%s\",\"detail\":", cf_outcome_name(r->outcome));
		json_str(f, r->detail);
		fprintf(f, ",\"seconds\":%.6f}", (double)r->ns / 1e9);
	}
	fprintf(f, "\n]}\n");
}

void cf_report_begin(FILE *f, const struct cf_report *rep, unsigned format)
{
	if (format == CF_FMT_TAP)
		tap_begin(f, rep);
	else if (format == CF_FMT_TEXT)
		identity(f, rep, "");
}

void cf_report_line(FILE *f, const struct cf_report *rep, size_t i, unsigned format)
{
	if (format == CF_FMT_TAP)
		tap_line(f, &rep->res[i], i);
	else if (format == CF_FMT_TEXT)
		text_line(f, &rep->res[i]);
}

void cf_report_end(FILE *f, const struct cf_report *rep, unsigned format)
{
	switch (format) {
	case CF_FMT_TAP: break;
	case CF_FMT_JUNIT: junit(f, rep); break;
	case CF_FMT_JSON: json(f, rep); break;
	default: text_end(f, rep); break;
	}
}

void cf_report_write(FILE *f, const struct cf_report *rep, unsigned format)
{
	cf_report_begin(f, rep, format);
	for (size_t i = 0; i < rep->n; i++)
		cf_report_line(f, rep, i, format);
	cf_report_end(f, rep, format);
}

void cf_list_write(FILE *f, unsigned format)
{
	size_t n = cf_check_count();
	if (format == CF_FMT_JSON) {
		fprintf(f, "[");
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "%s\n{", i ? "," : "");
			json_check_meta(f, cf_check_at(i));
			fprintf(f, "}");
		}
		fprintf(f, "\n]\n");
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const struct cf_check *k = cf_check_at(i);
		fprintf(f, "%-44s %-11s %-26s ", k->id, sev(k), k->ref);
		targets(f, k->targets, ",");
		fprintf(f, "%s%s\n    %s\n", k->regs ? " [registers]" : "",
			k->destroys ? " [destructive]" : "", k->title);
		if (k->destroys)
			fprintf(f, "    destructive: %s\n", k->destroys);
	}
	fprintf(f, "%zu checks\n", n);
}
