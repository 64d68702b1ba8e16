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

#include "cf_internal.h" /* cf_expect_err, cf_rc_allowed */
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
	const char *globs[24];
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
	/* discovery reads are lenient: what fails is every check that judges
	 * an answer with its reserved bits set */
	{ "corrupt-reserved", { CEL_UNREADABLE, "mbox.event-status", "cmd.fw-info",
				"bnd.port-state.bad-port", "bnd.vcs-info.bad-vcs",
				"bg.progress-complete", "ev.*", "poison.*", "sec.*", "dc.add-release",
				"fm.*", "!fm.tunnel-empty-port" } },
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
	/* Get Log's answer from the CEL decodes as CEL entries (a typed row
	 * since the codec work), so every check that reads the CEL strictly
	 * sees the reserved effect bit */
	{ "cel-bad-effects", { "cel.effects-declared", "cel.read-whole", "cel.read-in-parts",
			       "cmd.logs-readable", "fm.tunnel-every-ld" } },
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
	for (size_t i = 0; i < 24 && e->globs[i]; i++) {
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

/* Catalog rows the return code table leaves out, and why. */
static const struct {
	uint16_t op;
	const char *why;
} no_rc_list[] = {
	{ 0, NULL },
};

/* Every catalog row has its Possible Command Return Codes transcribed,
 * with the section, or is named in no_rc_list with the reason; and the
 * table holds nothing the catalog does not know. */
static void test_rc_table_covers_catalog(void **state)
{
	char msg[4096] = "";
	size_t n = 0;
	(void)state;
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *cmd = cxlmb_cmd_at(i);
		const struct cxlmb_rc_list *row = cxlmb_rc_list_find(cmd->opcode);
		bool excused = (cmd->flags & CXLMB_CMD_VENDOR) != 0; /* vendor: no spec list */
		for (size_t k = 0; no_rc_list[k].why; k++)
			excused |= no_rc_list[k].op == cmd->opcode;
		if (!row && !excused)
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%04Xh %s: no return code list\n",
					      cmd->opcode, cmd->name);
	}
	for (size_t i = 0; i < cxlmb_rc_list_count(); i++) {
		const struct cxlmb_rc_list *row = cxlmb_rc_list_at(i);
		if (!cxlmb_cmd_find(row->op))
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%04Xh: not in the catalog\n",
					      row->op);
		if (i && cxlmb_rc_list_at(i - 1)->op >= row->op)
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%04Xh: out of order\n", row->op);
		if (strncmp(row->ref, "r3.2 §", strlen("r3.2 §")) || strlen(row->ref) < 12)
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%04Xh: reference '%s'\n",
					      row->op, row->ref);
		/* every list has a way to succeed (or a note says why not) and a way to fail */
		if ((!(row->codes & (CXLMB_RC_BIT(CXLMB_RC_SUCCESS) | CXLMB_RC_BIT(CXLMB_RC_BACKGROUND))) &&
		     !row->note) ||
		    !(row->codes & CXLMB_RC_BIT(CXLMB_RC_INTERNAL)) || row->codes >> (CXLMB_RC_LAST + 1))
			n += (size_t)snprintf(msg + n, sizeof(msg) - n, "%04Xh: codes %llxh\n", row->op,
					      (unsigned long long)row->codes);
		assert_ptr_equal(cxlmb_rc_list_find(row->op), row);
	}
	if (n)
		fail_msg("%s", msg);
	assert_null(cxlmb_rc_list_find(0xC000)); /* vendor-specific: the fallback judges */
	printf("  %zu of %zu catalog rows have a transcribed return code list\n", cxlmb_rc_list_count(),
	       cxlmb_cmd_count());
}

/* A code outside the command's list fails; the fallback where there is none. */
static void test_rc_judgement(void **state)
{
	static struct cf_ctx c;
	static struct cf_result r;
	static const uint16_t bad_len[] = { CXLMB_RC_INVALID_PAYLOAD_LEN, CXLMB_RC_INVALID_INPUT, 0 };
	struct cf_target t = { 0 };
	struct cf_io *io = calloc(1, sizeof(*io));
	(void)state;
	assert_non_null(io);
	assert_false(cf_rc_allowed(0x0001, CXLMB_RC_BUSY));  /* Identify: S, IE, RR */
	assert_true(cf_rc_allowed(0x0001, CXLMB_RC_RETRY));
	assert_true(cf_rc_allowed(0x0100, CXLMB_RC_BUSY));
	assert_true(cf_rc_allowed(0x4305, CXLMB_RC_UNSUPPORTED)); /* no scan yet */
	assert_false(cf_rc_allowed(0x4305, CXLMB_RC_INVALID_INPUT));
	assert_false(cf_rc_allowed(0x4301, CXLMB_RC_INVALID_INPUT)); /* Inject Poison lists none */
	assert_true(cf_rc_allowed(0xC123, CXLMB_RC_BUSY));           /* fallback */
	assert_false(cf_rc_allowed(0xC123, CXLMB_RC_INVALID_HANDLE));
	assert_false(cf_rc_allowed(0x0100, 0x00FF));

	c.t = &t;
	c.r = &r;
	/* Get DC Configuration lists Invalid Input, not Invalid Payload Length */
	io->op = 0x4800;
	io->rc = CXLMB_RC_INVALID_INPUT;
	assert_true(cf_expect_err(&c, io, "short", bad_len));
	assert_int_equal(c.outcome, CF_PASS);
	io->rc = CXLMB_RC_INVALID_PAYLOAD_LEN;
	assert_false(cf_expect_err(&c, io, "short", bad_len));
	assert_int_equal(c.outcome, CF_FAIL);
	assert_non_null(strstr(r.detail, "expected one of INVALID_INPUT"));
	assert_non_null(strstr(r.detail, "do not list"));
	/* Get Log Capabilities lists neither: the probe's own codes stand */
	c.outcome = CF_PASS;
	c.dlen = 0;
	io->op = 0x0402;
	assert_true(cf_expect_err(&c, io, "short", bad_len));
	io->rc = CXLMB_RC_INVALID_LOG;
	assert_false(cf_expect_err(&c, io, "short", bad_len));
	free(io);
}

/* An endpoint like the Linux kernel's without raw commands: only a few
 * opcodes pass, every other one is refused before the device sees it. */
static bool passes(uint16_t op)
{
	static const uint16_t allow[] = { 0x0001, 0x0002, 0x0200, 0x0400, 0x0401,
					  0x4000, 0x4100, 0x4102, 0x4103 };
	for (size_t i = 0; i < sizeof(allow) / sizeof(allow[0]); i++)
		if (allow[i] == op)
			return true;
	return false;
}

static int refusing_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
			 struct cxlmb_response *rsp)
{
	if (!passes(req->opcode))
		return CXLMB_E_KERNEL_REFUSED;
	return cxlmb_ep_send(ep->ctx, req, rsp, NULL);
}

static int refusing_bg(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	return cxlmb_ep_bg_status(ep->ctx, st);
}

static const struct cxlmb_endpoint_ops refusing_ops = { .send = refusing_send,
							.bg_status = refusing_bg };

/* Commands the transport refuses skip the checks that needed them, with
 * the reason; nothing fails for them; many-command checks count them. */
static void test_os_refusals_skip(void **state)
{
	static struct cs_target x;
	struct cxlmb_endpoint k;
	struct cf_options o = { .destructive = true };
	struct cf_report rep;
	size_t refused_skips = 0;
	(void)state;
	assert_int_equal(cs_open(&x, CS_TYPE3, 0), 0);
	memset(&k, 0, sizeof(k));
	k.ops = &refusing_ops;
	k.ctx = &x.root;
	k.max_payload = x.root.max_payload;
	k.kind = CXLMB_EPK_KERNEL;
	x.t.ep = &k;
	x.t.mb = NULL; /* messages only, as through the kernel */
	assert_int_equal(cf_run(&x.t, &o, &rep), 0);
	for (size_t i = 0; i < rep.n; i++) {
		const struct cf_result *r = &rep.res[i];
		if (r->outcome == CF_FAIL || r->outcome == CF_ERROR)
			fail_msg("%s %s: %s", cf_outcome_name(r->outcome), r->chk->id, r->detail);
		if (r->outcome == CF_SKIP && strstr(r->detail, "operating system refused"))
			refused_skips++;
		if (!strcmp(r->chk->id, "ts.set-read-back") || !strcmp(r->chk->id, "cmd.identify-memdev"))
			assert_int_equal(r->outcome, !strcmp(r->chk->id, "cmd.identify-memdev") ? CF_PASS
												  : CF_SKIP);
		if (!strcmp(r->chk->id, "cel.lists-every-answered-opcode"))
			assert_int_equal(r->outcome, CF_SKIP);
		if (!strcmp(r->chk->id, "cmd.documented-rc")) {
			assert_int_equal(r->outcome, CF_PASS);
			assert_non_null(strstr(r->detail, "refused to pass were not asked"));
		}
	}
	assert_true(refused_skips > 10);
	cf_report_free(&rep);
	cs_close(&x);
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
	if (n) {
		printf("%s", msg); /* cmocka cuts long messages short */
		fail_msg("%zu bytes of mismatches, printed above", n);
	}
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
		cmocka_unit_test(test_rc_table_covers_catalog),
		cmocka_unit_test(test_rc_judgement),
		cmocka_unit_test(test_os_refusals_skip),
		cmocka_unit_test(test_clean_sims_pass),
		cmocka_unit_test(test_quirks_break_exactly),
		cmocka_unit_test(test_every_check_can_fail),
		cmocka_unit_test(test_table_in_docs),
	};
	if (argc > 1 && !strcmp(argv[1], "--write-table"))
		return write_table();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
