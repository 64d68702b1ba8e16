/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The policy engine's own rules, with caller-written policies: every rule
 * kind and predicate (an unknown one never matches), CEL lookup (own log,
 * any-target logs, logs that are no logs), how levels combine, the trace,
 * arguments, the formatted line and the profile table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cxlmb/cxlmb.h"
#include "cxlmb/policy.h"
#include "cxlmb/rc_list.h"

#define A CXLMB_ALLOW
#define T CXLMB_ALLOW_TAINT
#define D CXLMB_DENY

static const struct cxlmb_route root = { .depth = 0 };

static struct cxlmb_verdict run(const struct cxlmb_policy *p, const struct cxlmb_route *route,
				uint16_t op, const void *pl, size_t len)
{
	struct cxlmb_request req = { op, pl, len };
	struct cxlmb_verdict v;

	memset(&v, 0xA5, sizeof(v));
	assert_int_equal(cxlmb_policy_decide(p, route, &req, &v, NULL), CXLMB_E_OK);
	return v;
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(cxlmb_decision_name(D), "deny");
	assert_string_equal(cxlmb_decision_name(T), "allow-with-taint");
	assert_string_equal(cxlmb_decision_name(A), "allow");
	assert_string_equal(cxlmb_decision_name(77), "allow");
	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_DEFAULT), "default");
	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_CUSTOM), "custom");
	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_COUNT_), "custom");
	assert_string_equal(cxlmb_policy_reason_name(0xFFFF), "custom");
}

/* ---- rule kinds ---- */
static void test_rule_kinds(void **state)
{
	(void)state;
	static const struct cxlmb_rule rules[] = {
		/* an unknown kind never matches, whatever its operands */
		{ 99, CXLMB_PRED_NONE, D, CXLMB_PR_CUSTOM, 0, 0xFFFF, NULL, "unknown kind" },
		{ CXLMB_RULE_OPCODE, CXLMB_PRED_NONE, D, CXLMB_PR_CUSTOM, 0x0002, 0, NULL, NULL },
		/* a reason past the table: its own why, or a generic line */
		{ CXLMB_RULE_OPCODE, CXLMB_PRED_NONE, T, 300, 0x0003, 0, NULL, NULL },
		{ CXLMB_RULE_ANY, CXLMB_PRED_NONE, T, CXLMB_PR_RAW, 0, 0, NULL, "any" },
	};
	const struct cxlmb_policy pol = { "kinds", rules, 4, A, CXLMB_PR_DEFAULT, NULL, false, NULL, 0 };
	struct cxlmb_verdict v;

	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, T);
	assert_int_equal(v.reason, CXLMB_PR_RAW);
	assert_string_equal(v.why, "any");
	v = run(&pol, &root, 0x0002, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_string_equal(v.why, "caller-defined rule");
	v = run(&pol, &root, 0x0003, NULL, 0);
	assert_int_equal(v.decision, T);
	assert_int_equal(v.reason, 300);
	assert_string_equal(v.why, "caller-defined rule");

	/* only the unknown kind: the default decides */
	const struct cxlmb_policy only = { "unknown", rules, 1, D, CXLMB_PR_DEFAULT, "closed", false,
					   NULL, 0 };
	v = run(&only, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);
	assert_string_equal(v.why, "closed");
	/* a count without a rule array: no rules */
	const struct cxlmb_policy none = { "none", NULL, 3, T, CXLMB_PR_DEFAULT, NULL, false, NULL, 0 };
	v = run(&none, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, T);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);
	assert_string_equal(v.why, "no rule matched: the policy's default");
}

/* ---- predicates ---- */
static size_t ppb_cfg(bool write, uint8_t *buf)
{
	struct cxlmb_ppb_config_req r = { .ppb_id = 1, .first_dw_be = 0xF, .write = write };
	size_t n = 0;
	assert_int_equal(cxlmb_ppb_config_req_encode(&r, buf, 64, &n), CXLMB_E_OK);
	return n;
}

static size_t ld_cfg(bool write, uint8_t *buf)
{
	struct cxlmb_ld_config_req r = { .ppb_id = 1, .first_dw_be = 0xF, .write = write, .ld_id = 2 };
	size_t n = 0;
	assert_int_equal(cxlmb_ld_config_req_encode(&r, buf, 64, &n), CXLMB_E_OK);
	return n;
}

static size_t ld_mem(bool write, uint8_t *buf)
{
	static const uint8_t data[4] = { 1, 2, 3, 4 };
	struct cxlmb_ld_mem_req r = { .port_id = 1, .first_dw_be = 0xF, .write = write, .length = 4 };
	size_t n = 0;
	if (write)
		r.data = (struct cxlmb_bytes){ data, 4 };
	assert_int_equal(cxlmb_ld_mem_req_encode(&r, buf, 64, &n), CXLMB_E_OK);
	return n;
}

static void test_predicates(void **state)
{
	(void)state;
	static const struct cxlmb_rule rules[] = {
		/* a predicate this library does not know never holds */
		{ CXLMB_RULE_ANY, 77, D, CXLMB_PR_CUSTOM, 0, 0, NULL, "pred 77" },
		/* an opcode predicate on a rule of any opcode: only its own opcode */
		{ CXLMB_RULE_ANY, CXLMB_PRED_PARTITION_IMMEDIATE, D, CXLMB_PR_PARTITION_IMMEDIATE, 0, 0,
		  NULL, NULL },
		/* a feature rule without the UUID to compare never holds */
		{ CXLMB_RULE_OPCODE, CXLMB_PRED_SET_FEATURE_UUID, D, CXLMB_PR_KERNEL_FEATURE, 0x0502, 0,
		  NULL, NULL },
		{ CXLMB_RULE_ANY, CXLMB_PRED_IO_WRITE, D, CXLMB_PR_IO_WRITE, 0, 0, NULL, NULL },
		{ CXLMB_RULE_ANY, CXLMB_PRED_IO_READ, T, CXLMB_PR_IO_READ, 0, 0, NULL, NULL },
	};
	const struct cxlmb_policy pol = { "preds", rules, 5, A, CXLMB_PR_DEFAULT, NULL, false, NULL, 0 };
	uint8_t buf[64], feat[0x22] = { 0 };
	struct cxlmb_verdict v;
	bool dep = false;
	size_t n;

	/* without a payload: the unknown predicate could have matched */
	assert_int_equal(cxlmb_policy_classify(&pol, 0x0001, &v, &dep), CXLMB_E_OK);
	assert_true(dep);
	assert_int_equal(v.decision, A);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);
	/* with one: it does not */
	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, A);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);
	v = run(&pol, &root, 0x0502, feat, sizeof(feat));
	assert_int_equal(v.decision, A);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);

	/* the three passthroughs, read and write */
	static const uint16_t ops[] = { 0x5103, 0x5301, 0x5302 };
	size_t (*const mk[])(bool, uint8_t *) = { ppb_cfg, ld_cfg, ld_mem };
	for (size_t i = 0; i < 3; i++) {
		n = mk[i](false, buf);
		v = run(&pol, &root, ops[i], buf, n);
		assert_int_equal(v.decision, T);
		assert_int_equal(v.reason, CXLMB_PR_IO_READ);
		assert_int_equal(v.opcode, ops[i]);
		n = mk[i](true, buf);
		v = run(&pol, &root, ops[i], buf, n);
		assert_int_equal(v.decision, D);
		assert_int_equal(v.reason, CXLMB_PR_IO_WRITE);
		/* without the payload: either may hold */
		assert_int_equal(cxlmb_policy_classify(&pol, ops[i], &v, &dep), CXLMB_E_OK);
		assert_true(dep);
		assert_int_equal(v.decision, A);
	}
	/* the predicates do not apply to other opcodes */
	v = run(&pol, &root, 0x5100, NULL, 0);
	assert_int_equal(v.reason, CXLMB_PR_DEFAULT);
}

/* ---- levels: taint on a route hop, allow below it ---- */
static void test_combine_and_trace(void **state)
{
	(void)state;
	static const struct cxlmb_rule rules[] = {
		{ CXLMB_RULE_OPCODE, CXLMB_PRED_NONE, T, CXLMB_PR_TUNNEL, 0x5300, 0, NULL, NULL },
	};
	const struct cxlmb_policy pol = { "hop-taint", rules, 1, A, CXLMB_PR_DEFAULT, NULL, false, NULL, 0 };
	struct cxlmb_route r = { .depth = 1 };
	struct cxlmb_request req = { 0x0001, NULL, 0 };
	struct cxlmb_policy_trace tr;
	struct cxlmb_verdict v;

	r.hop[0] = (struct cxlmb_tunnel_hop){ 3, 0 };
	assert_int_equal(cxlmb_policy_decide(&pol, &r, &req, &v, &tr), CXLMB_E_OK);
	/* the taint of the hop is kept over the allow below it */
	assert_int_equal(v.decision, T);
	assert_int_equal(v.reason, CXLMB_PR_TUNNEL);
	assert_int_equal(v.level, 0);
	assert_int_equal(v.opcode, 0x5300);
	assert_int_equal(tr.n, 2);
	assert_true(tr.level[0].from_route);
	assert_int_equal(tr.level[0].v.decision, T);
	assert_int_equal(tr.level[0].target.depth, 0);
	assert_false(tr.level[1].from_route);
	assert_int_equal(tr.level[1].v.decision, A);
	assert_int_equal(tr.level[1].v.level, 1);
	assert_int_equal(tr.level[1].target.depth, 1);
	assert_int_equal(tr.level[1].target.hop[0].target_id, 3);

	/* an opcode the catalog does not know, at the bottom of a route */
	assert_null(cxlmb_cmd_find(0x00FF));
	req.opcode = 0x00FF;
	assert_int_equal(cxlmb_policy_decide(&pol, &r, &req, &v, &tr), CXLMB_E_OK);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_UNKNOWN_OPCODE);
	assert_int_equal(v.level, 1);
	assert_int_equal(tr.n, 2);

	/* a route past the bound: one refusal, noted as the route's */
	struct cxlmb_route deep = { .depth = CXLMB_TUNNEL_MAX_DEPTH + 1 };
	req.opcode = 0x0001;
	assert_int_equal(cxlmb_policy_decide(&pol, &deep, &req, &v, &tr), CXLMB_E_OK);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_DEPTH);
	assert_int_equal(tr.n, 1);
	assert_true(tr.level[0].from_route);
}

/* ---- CEL lookup ---- */
static void cel_put(uint8_t *p, uint16_t op, uint16_t eff)
{
	p[0] = (uint8_t)op;
	p[1] = (uint8_t)(op >> 8);
	p[2] = (uint8_t)eff;
	p[3] = (uint8_t)(eff >> 8);
}

static void test_cel_lookup(void **state)
{
	(void)state;
	uint8_t only1[4], only2[4], rootlog[8], portlog[4];
	struct cxlmb_policy_cel cels[4];
	struct cxlmb_policy pol;
	struct cxlmb_verdict v;
	struct cxlmb_route p1 = { .depth = 1 }, p1t1 = { .depth = 1 };

	cel_put(only1, 0x0001, 0);
	cel_put(only2, 0x0002, 0);
	/* a length without a log is no log */
	memset(cels, 0, sizeof(cels));
	cels[0] = (struct cxlmb_policy_cel){ .route = root, .log = NULL, .len = 4 };
	cxlmb_policy_cel_profile(&pol, cels, 1);
	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_NO_CEL);

	/* an empty log is a log: it lists nothing */
	cels[0] = (struct cxlmb_policy_cel){ .route = root, .log = NULL, .len = 0 };
	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_NOT_IN_CEL);

	/* two logs for any target: the first stands */
	cels[0] = (struct cxlmb_policy_cel){ .any_target = true, .log = only1, .len = 4 };
	cels[1] = (struct cxlmb_policy_cel){ .any_target = true, .log = only2, .len = 4 };
	cxlmb_policy_cel_profile(&pol, cels, 2);
	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.decision, A);
	v = run(&pol, &root, 0x0002, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_NOT_IN_CEL);
	/* a target's own log comes before any-target ones, wherever it is listed */
	cels[2] = (struct cxlmb_policy_cel){ .route = root, .log = only2, .len = 4 };
	cxlmb_policy_cel_profile(&pol, cels, 3);
	v = run(&pol, &root, 0x0002, NULL, 0);
	assert_int_equal(v.decision, A);
	v = run(&pol, &root, 0x0001, NULL, 0);
	assert_int_equal(v.reason, CXLMB_PR_NOT_IN_CEL);

	/* a hop matches on target type as well as id */
	cel_put(rootlog, 0x5300, 0);
	cel_put(rootlog + 4, 0x0001, 0);
	cel_put(portlog, 0x0001, 0);
	p1.hop[0] = (struct cxlmb_tunnel_hop){ 1, 0 };
	p1t1.hop[0] = (struct cxlmb_tunnel_hop){ 1, 1 };
	cels[0] = (struct cxlmb_policy_cel){ .route = root, .log = rootlog, .len = sizeof(rootlog) };
	cels[1] = (struct cxlmb_policy_cel){ .route = p1t1, .log = portlog, .len = sizeof(portlog) };
	cxlmb_policy_cel_profile(&pol, cels, 2);
	v = run(&pol, &p1t1, 0x0001, NULL, 0);
	assert_int_equal(v.decision, A);
	v = run(&pol, &p1, 0x0001, NULL, 0);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_NO_CEL);
	assert_int_equal(v.level, 1);
}

/* ---- arguments and the gate ---- */
static void test_arguments_and_gate(void **state)
{
	(void)state;
	const struct cxlmb_policy *lock = cxlmb_policy_profile("lockdown");
	struct cxlmb_request req = { 0x0001, NULL, 0 }, torn = { 0x0001, NULL, 3 };
	struct cxlmb_verdict v;
	struct cxlmb_gate g = { 0 };
	bool dep = true;

	assert_non_null(lock);
	assert_int_equal(cxlmb_policy_decide(NULL, &root, &req, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(lock, NULL, &req, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(lock, &root, NULL, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(lock, &root, &req, NULL, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(lock, &root, &torn, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_classify(NULL, 0x0001, &v, &dep), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_classify(lock, 0x0001, NULL, &dep), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_classify(lock, 0x0001, &v, NULL), CXLMB_E_OK);
	assert_int_equal(v.decision, A);
	assert_int_equal(cxlmb_policy_classify(lock, 0x00FF, &v, &dep), CXLMB_E_OK);
	assert_int_equal(v.decision, D);
	assert_int_equal(v.reason, CXLMB_PR_UNKNOWN_OPCODE);
	assert_false(dep);

	cxlmb_policy_gate(lock, NULL); /* nothing to fill: returns */
	cxlmb_policy_gate(lock, &g);
	assert_ptr_equal(g.ctx, lock);
	assert_non_null(g.decide);
	req.opcode = 0x4400;
	assert_int_equal(g.decide(g.ctx, &root, &req, &v), CXLMB_E_OK);
	assert_int_equal(v.decision, D);
}

/* ---- the line ---- */
static void test_format_edges(void **state)
{
	(void)state;
	struct cxlmb_verdict v = { 0 };
	char line[128];
	size_t n;

	assert_int_equal(cxlmb_policy_format(NULL, "p", line, sizeof(line)), 0);
	v.decision = T;
	v.reason = CXLMB_PR_RAW;
	v.opcode = 0x00FF;
	v.level = 255;
	v.why = NULL;
	n = cxlmb_policy_format(&v, NULL, line, sizeof(line));
	assert_string_equal(line, "allowed with taint: 00FFh (unknown command) (tunnel level 255): raw");
	assert_int_equal(n, strlen(line));
	/* no buffer, or no room: only the length */
	assert_int_equal(cxlmb_policy_format(&v, NULL, NULL, sizeof(line)), n);
	line[0] = 'x';
	assert_int_equal(cxlmb_policy_format(&v, NULL, line, 0), n);
	assert_int_equal(line[0], 'x');
	assert_int_equal(cxlmb_policy_format(&v, NULL, line, 1), n);
	assert_string_equal(line, "");
	v.decision = A;
	v.level = 7;
	v.opcode = 0x0001;
	v.why = "fine";
	cxlmb_policy_format(&v, "mine", line, sizeof(line));
	assert_string_equal(line, "allowed: 0001h Identify (tunnel level 7): fine under mine");
	v.level = 10;
	cxlmb_policy_format(&v, NULL, line, sizeof(line));
	assert_string_equal(line, "allowed: 0001h Identify (tunnel level 10): fine");
}

/* ---- the profile table ---- */
static void test_profiles(void **state)
{
	(void)state;
	struct cxlmb_policy_cel cel = { .any_target = true };
	struct cxlmb_policy pol;
	size_t n = cxlmb_policy_profile_count();

	assert_true(n >= 5);
	assert_null(cxlmb_policy_profile(NULL));
	assert_null(cxlmb_policy_profile("lockdow"));
	assert_null(cxlmb_policy_profile("lockdown2"));
	assert_null(cxlmb_policy_profile(""));
	for (size_t i = 0; i < n; i++)
		assert_ptr_equal(cxlmb_policy_profile(cxlmb_policy_profile_at(i)->name),
				 cxlmb_policy_profile_at(i));
	assert_null(cxlmb_policy_profile_at(n));
	assert_null(cxlmb_policy_profile_at((size_t)-1));

	cxlmb_policy_cel_profile(NULL, &cel, 1); /* nothing to fill: returns */
	cxlmb_policy_cel_profile(&pol, NULL, 5);
	assert_string_equal(pol.name, "cel");
	assert_true(pol.cel_mode);
	assert_null(pol.cels);
	assert_int_equal(pol.ncels, 0); /* no array: no count */
	cxlmb_policy_cel_profile(&pol, &cel, 1);
	assert_ptr_equal(pol.cels, &cel);
	assert_int_equal(pol.ncels, 1);
}

/* ---- return-code lists (rc_list.h) ---- */
static void test_rc_list_bounds(void **state)
{
	(void)state;
	const struct cxlmb_rc_list *row = cxlmb_rc_list_find(0x0001);
	size_t n = cxlmb_rc_list_count();

	assert_non_null(row);
	assert_true(cxlmb_rc_listed(row, 0)); /* Success is listed for Identify */
	assert_false(cxlmb_rc_listed(NULL, 0));
	assert_false(cxlmb_rc_listed(row, CXLMB_RC_LAST + 1));
	assert_false(cxlmb_rc_listed(row, 0xFFFF));
	assert_true(n > 0);
	assert_non_null(cxlmb_rc_list_at(n - 1));
	assert_null(cxlmb_rc_list_at(n));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_rule_kinds),
		cmocka_unit_test(test_predicates),
		cmocka_unit_test(test_combine_and_trace),
		cmocka_unit_test(test_cel_lookup),
		cmocka_unit_test(test_arguments_and_gate),
		cmocka_unit_test(test_format_edges),
		cmocka_unit_test(test_profiles),
		cmocka_unit_test(test_rc_list_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
