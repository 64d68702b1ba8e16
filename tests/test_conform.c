/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The conformance suite's self-test: against the clean simulated devices
 * every check passes or is skipped with a reason; with each quirk exactly
 * the expected checks fail; and no check is left that no quirk can make
 * fail.  It prints the quirk x check table, which docs/conformance.md
 * carries (`test_conform --write-table` refreshes it; the test fails when
 * the document is stale). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "conform_sim.h"

#ifndef CXLMB_SOURCE_DIR
#define CXLMB_SOURCE_DIR "."
#endif
#define DOC CXLMB_SOURCE_DIR "/docs/conformance.md"
#define BEGIN_MARK "<!-- quirk-table:begin -->\n"
#define END_MARK "<!-- quirk-table:end -->\n"

/* What each quirk breaks: globs, "!glob" excludes.  The union over the
 * four targets (Type-3, switch, FM-owned LD, LD through two tunnels) of
 * the checks that fail or error must be exactly the checks these select. */
#define CEL_UNREADABLE "cel.*", "bnd.get-log.*", "cmd.documented-rc", \
	"cmd.identify", "cmd.logs-readable", "cmd.no-effect-leaves-state", "cmd.responses-decode"
static const struct expect {
	const char *quirk;
	const char *globs[16];
} expect[] = {
	{ "stuck-doorbell", { "*" } },
	{ "output-overflow", { CEL_UNREADABLE, "mbox.output-length", "mbox.error-output-zero",
			       "mbox.memdev-ready", "reg.cap-required" } },
	{ "force-rc", { CEL_UNREADABLE, "mbox.output-length", "mbox.status-rc", "mbox.memdev-ready",
			"reg.cap-required" } },
	{ "bg-never-completes", { "bg.progress-complete", "bg.busy-while-running",
				  "bg.abort-unsupported", "fw.transfer-*", "fm.bind-vppb-state",
				  "mbox.bg-status-register" } },
	{ "ignore-abort", { "bg.abort-sanitize" } },
	{ "not-ready", { NULL } }, /* the transport refuses to start: a setup error */
	{ "doorbell-early", { CEL_UNREADABLE, "mbox.output-length", "mbox.status-rc",
			      "mbox.memdev-ready", "reg.cap-required" } },
	{ "cel-missing", { "cel.*", "bnd.get-log.*", "!bnd.get-log.unknown-log", "cmd.documented-rc",
			   "cmd.no-effect-leaves-state", "cmd.responses-decode" } },
	{ "cel-extra", { "cel.every-entry-answered" } },
	{ "corrupt-reserved", { CEL_UNREADABLE } },
	{ "early-answer", { CEL_UNREADABLE } },
	{ "lax-length", { "err.*", "!err.short-input.set-rsp-msg-limit", "!err.short-input.scan-media",
			  "!err.short-input.get-vcs-info", "!err.short-input.tunnel-management",
			  "!err.short-input.set-ld-allocations", "!err.short-input.initiate-dc-*",
			  "cel.every-entry-answered", "fm.bind-*", "dc.add-release" } },
	{ "error-output", { "err.*", "bnd.*", "!bnd.get-log.last-byte", "!bnd.get-lsa.last-byte",
			    "!bnd.port-state.bad-port", "!bnd.vcs-info.bad-vcs",
			    "mbox.error-output-zero", "cel.lists-every-answered-opcode",
			    "fm.bind-errors", "fm.ld-allocations" } },
	{ "lax-bounds", { "bnd.*", "!bnd.get-log.last-byte", "!bnd.get-lsa.last-byte",
			  "!bnd.event-records.bad-log", "!bnd.get-feature.unknown-uuid",
			  "!bnd.rsp-msg-limit.above-max", "fm.bind-errors",
			  "fm.ld-allocations", "fm.set-ld-allocations-limit", "fm.tunnel-bad-ld",
			  "fm.tunnel-empty-port" } },
	{ "read-has-effect", { "cmd.no-effect-leaves-state" } },
	{ "cel-bad-effects", { "cel.effects-declared", "cel.read-whole", "fm.tunnel-every-ld" } },
	{ "bad-registers", { "reg.*", "mbox.memdev-ready", "mbox.event-status" } },
	{ "bg-no-busy", { "bg.busy-while-running" } },
	{ "abort-anything", { "bg.abort-unsupported" } },
	{ "event-clear-ignored", { "ev.clear-by-handle", "ev.overflow", "bnd.clear-events.bad-handle" } },
	{ "event-log-sloppy", { "ev.overflow", "mbox.event-status" } },
	{ "poison-clear-noop", { "poison.inject-list-clear", "ev.overflow",
				 "bnd.clear-poison.past-capacity" } },
	{ "passphrase-any", { "sec.*" } },
	{ "fw-any-order", { "fw.*" } },
	{ "timestamp-ignored", { "ts.set-read-back" } },
	{ "feature-any-order", { "feat.*" } },
	{ "bind-no-effect", { "fm.bind-vppb-state", "fm.bind-errors" } },
	{ "tunnel-sloppy", { CEL_UNREADABLE, "fm.tunnel-*" } },
	{ "bad-identity", { "cmd.identify", "cmd.identify-memdev", "cmd.fw-info", "cmd.rsp-msg-limit",
			    "bnd.get-lsa.last-byte" } },
	{ "fm-inconsistent", { "fm.identify-switch", "fm.port-state-every-port", "fm.vcs-info",
			       "fm.ld-allocations" } },
	{ "get-log-sloppy", { "cel.read-in-parts", "bnd.get-log.last-byte", "bnd.get-log.past-end",
			      "bnd.get-log.offset-max" } },
	{ "dc-release-ignored", { "dc.add-release" } },
};

#define CXLMB_N_EXPECT (sizeof(expect) / sizeof(expect[0]))

static bool expected(const struct expect *e, const char *id)
{
	bool in = false;
	for (size_t i = 0; i < 16 && e->globs[i]; i++) {
		const char *g = e->globs[i];
		if (g[0] == '!') {
			if (cf_match(g + 1, id))
				return false;
		} else if (cf_match(g, id)) {
			in = true;
		}
	}
	return in;
}

/* broke[q][i]: quirk q made check i fail or error (q = COUNT: clean). */
static bool broke[CXLMB_SIM_QUIRK_COUNT + 1][256];
static bool refused[CXLMB_SIM_QUIRK_COUNT + 1];
static char clean_problems[4096];
static uint64_t clean_ns[CS_COUNT];

/* Run every check against the four targets with these quirks. */
static void run_all(unsigned q, uint32_t quirks)
{
	static struct cs_target x;
	struct cf_options o = { .destructive = true };
	size_t plen = strlen(clean_problems);

	for (unsigned k = 0; k < CS_COUNT; k++) {
		struct cf_report rep;
		if (cs_open(&x, k, quirks)) {
			refused[q] = true;
			continue;
		}
		assert_int_equal(cf_run(&x.t, &o, &rep), 0);
		assert_int_equal(rep.n, cf_check_count());
		if (!quirks)
			clean_ns[k] = rep.ns;
		for (size_t i = 0; i < rep.n; i++) {
			const struct cf_result *r = &rep.res[i];
			if (r->outcome == CF_FAIL || r->outcome == CF_ERROR)
				broke[q][i] = true;
			if (!quirks && (r->outcome == CF_FAIL || r->outcome == CF_ERROR ||
					(r->outcome == CF_SKIP && !r->detail[0])))
				plen += (size_t)snprintf(clean_problems + plen,
							 plen < sizeof(clean_problems)
								 ? sizeof(clean_problems) - plen
								 : 0,
							 "%s %s %s: %s\n", cs_names[k],
							 cf_outcome_name(r->outcome), r->chk->id,
							 r->detail);
		}
		cf_report_free(&rep);
		/* whatever the suite did, the model still holds together */
		if (!quirks && cxlmb_sim_check(&x.sim))
			plen += (size_t)snprintf(clean_problems + plen,
						 plen < sizeof(clean_problems) ? sizeof(clean_problems) - plen : 0,
						 "%s: after the suite the model is broken: %s\n", cs_names[k],
						 cxlmb_sim_check(&x.sim));
		cs_close(&x);
	}
}

static void run_everything(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	run_all(CXLMB_SIM_QUIRK_COUNT, 0);
	for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++)
		run_all(q, 1u << q);
}

static void test_selection_globs(void **state)
{
	(void)state;
	assert_true(cf_match("bnd.*", "bnd.get-log.wrap32"));
	assert_true(cf_match("*", ""));
	assert_true(cf_match("bnd.get-l?g.*", "bnd.get-log.past-end"));
	assert_true(cf_match("*.past-end", "bnd.get-lsa.past-end"));
	assert_true(cf_match("b*d*w*2", "bnd.get-log.wrap32"));
	assert_false(cf_match("bnd.*", "bn"));
	assert_false(cf_match("bnd.get-log", "bnd.get-log.wrap32"));
	assert_false(cf_match("*.wrap64", "bnd.get-log.wrap32"));
	assert_false(cf_match("?", ""));
	/* ids are unique and area.what */
	for (size_t i = 0; i < cf_check_count(); i++) {
		const struct cf_check *k = cf_check_at(i);
		assert_non_null(strchr(k->id, '.'));
		assert_true(k->ref && !strncmp(k->ref, "r3.2 ", 5));
		assert_true(k->targets != 0 && k->fn != NULL && k->title[0]);
		for (size_t j = i + 1; j < cf_check_count(); j++)
			assert_string_not_equal(k->id, cf_check_at(j)->id);
	}
}

static void test_clean_sims_pass(void **state)
{
	(void)state;
	run_everything();
	if (clean_problems[0])
		fail_msg("against the clean simulators:\n%s", clean_problems);
	for (unsigned k = 0; k < CS_COUNT; k++)
		printf("  %-26s %.1f ms\n", cs_names[k], (double)clean_ns[k] / 1e6);
}

static void test_quirks_break_exactly(void **state)
{
	char msg[8192];
	size_t n = 0;
	(void)state;
	run_everything();
	assert_int_equal(CXLMB_N_EXPECT, CXLMB_SIM_QUIRK_COUNT);
	for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++) {
		const struct expect *e = &expect[q];
		assert_string_equal(e->quirk, cxlmb_sim_quirk_name(q));
		if (!e->globs[0]) {
			if (!refused[q])
				n += (size_t)snprintf(msg + n, sizeof(msg) - n,
						      "%s: expected the device to refuse to start\n",
						      e->quirk);
			continue;
		}
		for (size_t i = 0; i < cf_check_count() && n < sizeof(msg) - 200; i++) {
			bool want = expected(e, cf_check_at(i)->id);
			if (want != broke[q][i])
				n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%s: %s %s\n", e->quirk,
						      cf_check_at(i)->id,
						      want ? "expected to fail, passed"
							   : "failed, not expected to");
		}
	}
	if (n)
		fail_msg("%s", msg);
}

static void test_every_check_can_fail(void **state)
{
	char msg[4096] = "";
	size_t n = 0;
	(void)state;
	run_everything();
	for (size_t i = 0; i < cf_check_count(); i++) {
		bool any = false;
		for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++)
			any |= broke[q][i];
		if (!any)
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%s\n", cf_check_at(i)->id);
	}
	if (n)
		fail_msg("no quirk makes these checks fail:\n%s", msg);
}

/* The quirk x check table: a row per check, a column per quirk (numbered;
 * the legend names them).  Quirks that break every check (the device never
 * answers) are in the legend only. */
static size_t table(char *out, size_t cap)
{
	size_t n = 0;
#define PUT(...) (n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, __VA_ARGS__))
	PUT("%zu checks x %u quirks. A mark: the quirk makes the check fail (on at least one of "
	    "the four simulated targets).\n\n",
	    cf_check_count(), CXLMB_SIM_QUIRK_COUNT);
	PUT("| # | quirk | checks it breaks |\n|---|---|---|\n");
	for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++) {
		size_t k = 0;
		for (size_t i = 0; i < cf_check_count(); i++)
			k += broke[q][i];
		if (refused[q])
			PUT("| %u | `%s` | none: the transport refuses to start (setup error) |\n", q + 1,
			    cxlmb_sim_quirk_name(q));
		else
			PUT("| %u | `%s` | %zu |\n", q + 1, cxlmb_sim_quirk_name(q), k);
	}
	PUT("\n| check |");
	for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++)
		PUT(" %u |", q + 1);
	PUT("\n|---|");
	for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++)
		PUT(":-:|");
	PUT("\n");
	for (size_t i = 0; i < cf_check_count(); i++) {
		PUT("| `%s` |", cf_check_at(i)->id);
		for (unsigned q = 0; q < CXLMB_SIM_QUIRK_COUNT; q++)
			PUT(" %s |", broke[q][i] ? "x" : "");
		PUT("\n");
	}
#undef PUT
	return n;
}

static char *read_doc(size_t *len)
{
	FILE *f = fopen(DOC, "rb");
	char *buf;
	long sz;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	sz = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = calloc(1, (size_t)sz + 1);
	if (buf && fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = (size_t)sz;
	return buf;
}

static void test_table_in_docs(void **state)
{
	static char t[256 * 1024];
	size_t dlen, tlen;
	char *doc, *b, *e;
	(void)state;
	run_everything();
	tlen = table(t, sizeof(t));
	assert_true(tlen < sizeof(t));
	printf("%s", t);
	doc = read_doc(&dlen);
	assert_non_null(doc);
	b = strstr(doc, BEGIN_MARK);
	e = b ? strstr(b, END_MARK) : NULL;
	assert_non_null(e);
	b += strlen(BEGIN_MARK);
	if ((size_t)(e - b) != tlen || memcmp(b, t, tlen))
		fail_msg("docs/conformance.md's quirk table is stale: run build/dev/test_conform "
			 "--write-table");
	free(doc);
}

static int write_table(void)
{
	static char t[256 * 1024];
	size_t dlen, tlen;
	char *doc, *b, *e;
	FILE *f;
	run_everything();
	tlen = table(t, sizeof(t));
	if (!(doc = read_doc(&dlen)) || !(b = strstr(doc, BEGIN_MARK)) || !(e = strstr(b, END_MARK))) {
		fprintf(stderr, "test_conform: %s has no table markers\n", DOC);
		return 2;
	}
	b += strlen(BEGIN_MARK);
	if (!(f = fopen(DOC, "wb")))
		return 2;
	fwrite(doc, 1, (size_t)(b - doc), f);
	fwrite(t, 1, tlen, f);
	fwrite(e, 1, dlen - (size_t)(e - doc), f);
	fclose(f);
	free(doc);
	return 0;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selection_globs),
		cmocka_unit_test(test_clean_sims_pass),
		cmocka_unit_test(test_quirks_break_exactly),
		cmocka_unit_test(test_every_check_can_fail),
		cmocka_unit_test(test_table_in_docs),
	};
	if (argc > 1 && !strcmp(argv[1], "--write-table"))
		return write_table();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
