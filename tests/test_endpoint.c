/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command layer (endpoint.h, call.h): the mailbox endpoint, tunnel
 * routes of every depth, the gate that sees the whole route before anything
 * is sent, typed calls and where each stops, background waits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

struct fixture {
	struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint root, hop[CXLMB_TUNNEL_MAX_DEPTH];
	uint8_t scratch[CXLMB_TUNNEL_MAX_DEPTH][4096];
	uint8_t out[4096];
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
};

static int open_sim(void **state, uint32_t variant, uint32_t quirks)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct cxlmb_sim_config sc;
	struct cxlmb_mbox_config mc;

	if (!f)
		return -1;
	cxlmb_sim_config_default(&sc);
	sc.variant = variant;
	sc.quirks = quirks;
	if (cxlmb_sim_init(&f->sim, &sc))
		return -1;
	cxlmb_sim_mbox_config(&f->sim, &mc);
	if (cxlmb_mbox_init(&f->mb, &cxlmb_sim_ops, &f->sim, &mc) ||
	    cxlmb_ep_mbox_init(&f->root, &f->mb))
		return -1;
	*state = f;
	return 0;
}

static int setup_type3(void **state) { return open_sim(state, CXLMB_SIM_TYPE3, 0); }
static int setup_switch(void **state) { return open_sim(state, CXLMB_SIM_SWITCH, 0); }
static int setup_corrupt(void **state)
{
	return open_sim(state, CXLMB_SIM_TYPE3, CXLMB_SIM_Q(CORRUPT_RESERVED));
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	cxlmb_sim_fini(&f->sim);
	free(f);
	return 0;
}

/* A chain of routes from the root along the given targets. */
static struct cxlmb_endpoint *route(struct fixture *f, const uint8_t *targets, unsigned depth)
{
	struct cxlmb_endpoint *ep = &f->root;
	for (unsigned i = 0; i < depth; i++) {
		struct cxlmb_tunnel_hop h = { targets[i], 0 };
		assert_int_equal(cxlmb_ep_route_init(&f->hop[i], ep, h, f->scratch[i],
						     sizeof(f->scratch[i])), 0);
		ep = &f->hop[i];
	}
	return ep;
}

static int call(struct fixture *f, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
		size_t len, struct cxlmb_call *c)
{
	memset(c, 0, sizeof(*c));
	c->opcode = op;
	c->req_bytes = in;
	c->req_len = len;
	c->flags = CXLMB_STRICT;
	c->rsp_val = f->val;
	c->rsp.buf = f->out;
	c->rsp.cap = sizeof(f->out);
	return cxlmb_call(ep, c);
}

static void test_mailbox_endpoint(void **state)
{
	struct fixture *f = *state;
	struct cxlmb_call c;
	const struct cxlmb_identify_memdev_rsp *id = (const void *)f->val;

	assert_int_equal(f->root.kind, CXLMB_EPK_MAILBOX);
	assert_ptr_equal(cxlmb_ep_mbox(&f->root), &f->mb);
	assert_int_equal(f->root.max_payload, f->mb.payload_size);
	assert_int_equal(call(f, &f->root, 0x4000, NULL, 0, &c), CXLMB_E_OK);
	assert_int_equal(c.stage, CXLMB_STAGE_DONE);
	assert_int_equal(c.rsp.rc, 0);
	assert_int_equal(c.rsp.len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_int_equal(id->total_capacity, CXLMB_SIM_CAPACITY >> 28);
	assert_int_equal(f->root.sent, 1);
	assert_int_equal(f->sim.commands, 1);
}

/* Through one and two routes the answer is the one a direct send gives the
 * same endpoint, and each level sends exactly one message. */
static void test_routes_every_depth(void **state)
{
	struct fixture *f = *state;
	static const uint8_t to_ld0[] = { CXLMB_SIM_MLD_PORT, 0 };
	struct cxlmb_call c;
	struct cxlmb_route r;
	struct cxlmb_endpoint *ep;

	ep = route(f, to_ld0, 1);
	assert_null(cxlmb_ep_mbox(ep)); /* reachable by messages only */
	assert_int_equal(call(f, ep, 0x5400, NULL, 0, &c), CXLMB_E_OK); /* FM-owned LD */
	assert_int_equal(((const struct cxlmb_ld_info_rsp *)(const void *)f->val)->ld_count,
			 CXLMB_SIM_MLD_LDS);

	ep = route(f, to_ld0, 2);
	assert_int_equal(ep->depth, 2);
	assert_ptr_equal(cxlmb_ep_root(ep), &f->root);
	cxlmb_ep_route_of(ep, &r);
	assert_int_equal(r.depth, 2);
	assert_int_equal(r.hop[0].target_id, CXLMB_SIM_MLD_PORT);
	assert_int_equal(r.hop[1].target_id, 0);
	f->root.sent = f->hop[0].sent = 0;
	assert_int_equal(call(f, ep, 0x4000, NULL, 0, &c), CXLMB_E_OK);
	assert_int_equal(c.rsp.len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_int_equal(f->root.sent, 1);
	assert_int_equal(f->hop[0].sent, 1);
	assert_int_equal(f->hop[1].sent, 1);
	/* the caller's buffer need only hold the inner payload */
	c.rsp.cap = CXLMB_IDENTIFY_MEMDEV_RSP_LEN;
	assert_int_equal(cxlmb_call(ep, &c), CXLMB_E_OK);
	c.rsp.cap = 8;
	assert_int_equal(cxlmb_call(ep, &c), CXLMB_E_OUTPUT_TRUNCATED);
	assert_int_equal(c.rsp.reported_len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_int_equal(c.rsp.len, 8);
}

/* A level above the target refuses: ROUTE, with the level and its code. */
static void test_route_failure_levels(void **state)
{
	struct fixture *f = *state;
	static const uint8_t empty_port[] = { 3 }, bad_ld[] = { CXLMB_SIM_MLD_PORT, 9 };
	struct cxlmb_call c;

	assert_int_equal(call(f, route(f, empty_port, 1), 0x0001, NULL, 0, &c), CXLMB_E_ROUTE);
	assert_int_equal(c.stage, CXLMB_STAGE_TRANSPORT);
	assert_int_equal(c.rsp.fail_level, 0);
	assert_int_equal(c.rsp.rc, CXLMB_RC_INVALID_INPUT);
	assert_int_equal(call(f, route(f, bad_ld, 2), 0x4000, NULL, 0, &c), CXLMB_E_ROUTE);
	assert_int_equal(c.rsp.fail_level, 1);
	assert_int_equal(c.rsp.rc, CXLMB_RC_INVALID_INPUT);
}

static void test_route_init_refusals(void **state)
{
	struct fixture *f = *state;
	struct cxlmb_endpoint chain[CXLMB_TUNNEL_MAX_DEPTH + 1];
	struct cxlmb_endpoint *ep = &f->root;
	struct cxlmb_tunnel_hop h = { 1, 0 }, bad_type = { 1, 2 };
	uint8_t s[64];

	assert_int_equal(cxlmb_ep_route_init(&chain[0], ep, bad_type, s, sizeof(s)),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_route_init(&chain[0], NULL, h, s, sizeof(s)), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_route_init(&chain[0], ep, h, NULL, 0), CXLMB_E_INVALID_ARG);
	for (unsigned i = 0; i < CXLMB_TUNNEL_MAX_DEPTH; i++) {
		assert_int_equal(cxlmb_ep_route_init(&chain[i], ep, h, s, sizeof(s)), 0);
		ep = &chain[i];
	}
	assert_int_equal(cxlmb_ep_route_init(&chain[CXLMB_TUNNEL_MAX_DEPTH], ep, h, s, sizeof(s)),
			 CXLMB_E_DEPTH);
	/* a scratch too small for the wrapped request: nothing is sent */
	f->sim.commands = 0;
	struct cxlmb_call c;
	assert_int_equal(call(f, &chain[0], 0x0001, NULL, 0, &c), CXLMB_E_OK); /* 16 B fit 64 */
	uint8_t big[100] = { 0 };
	struct cxlmb_request req = { 0x0301, big, 60 };
	struct cxlmb_response rsp = { .buf = f->out, .cap = sizeof(f->out) };
	assert_int_equal(cxlmb_ep_send(&chain[0], &req, &rsp, NULL), CXLMB_E_INPUT_TOO_LARGE);
	assert_int_equal(f->sim.commands, 1);
}

/* The gate sees the whole route and the inner command; a refusal sends
 * nothing at any level. */
struct gate_log {
	unsigned calls, depth;
	uint16_t opcode, deny;
	uint8_t first_target;
};

static int log_gate(const void *ctx, const struct cxlmb_route *r, const struct cxlmb_request *req,
		    struct cxlmb_verdict *v)
{
	struct gate_log *g = (struct gate_log *)(uintptr_t)ctx;
	g->calls++;
	g->depth = r->depth;
	g->opcode = req->opcode;
	g->first_target = r->depth ? r->hop[0].target_id : 0xFF;
	if (req->opcode == g->deny) {
		v->decision = CXLMB_DENY;
		v->why = "test says no";
	}
	return CXLMB_E_OK;
}

static void test_gate_decides_before_anything_is_sent(void **state)
{
	struct fixture *f = *state;
	static const uint8_t to_ld0[] = { CXLMB_SIM_MLD_PORT, 0 };
	struct gate_log g = { .deny = 0x4400 };
	struct cxlmb_gate gate = { log_gate, &g };
	struct cxlmb_call c;
	struct cxlmb_endpoint *ep = route(f, to_ld0, 2);
	uint64_t before;

	f->root.gate = &gate;
	before = f->sim.commands;
	assert_int_equal(call(f, ep, 0x4400, NULL, 0, &c), CXLMB_E_DENIED);
	assert_int_equal(c.stage, CXLMB_STAGE_POLICY);
	assert_string_equal(c.verdict.why, "test says no");
	assert_int_equal(c.verdict.opcode, 0x4400);
	assert_int_equal(g.calls, 1);       /* once, at the top: not per level */
	assert_int_equal(g.depth, 2);
	assert_int_equal(g.opcode, 0x4400); /* the inner command, not 5300h */
	assert_int_equal(g.first_target, CXLMB_SIM_MLD_PORT);
	assert_int_equal(f->sim.commands, before); /* the device saw nothing */
	assert_int_equal(f->root.sent + f->hop[0].sent + f->hop[1].sent, 0);
	/* the same gate lets others through */
	assert_int_equal(call(f, ep, 0x4000, NULL, 0, &c), CXLMB_E_OK);
	assert_int_equal(g.calls, 2);
	assert_int_equal(f->sim.commands, before + 1);
}

static void test_call_stages(void **state)
{
	struct fixture *f = *state;
	struct cxlmb_call c;
	static const uint8_t short_get_log[1] = { 0 };
	struct cxlmb_get_lsa_req lsa = { .offset = 0, .length = 16 };
	uint8_t reqbuf[64];

	assert_int_equal(call(f, &f->root, 0x3F00, NULL, 0, &c), CXLMB_E_UNKNOWN_OPCODE);
	assert_int_equal(c.stage, CXLMB_STAGE_REQUEST);
	assert_int_equal(call(f, &f->root, 0x0401, short_get_log, 1, &c), CXLMB_E_TRUNCATED);
	assert_int_equal(c.stage, CXLMB_STAGE_REQUEST);
	assert_int_equal(f->sim.commands, 0); /* a malformed request is never sent */
	c.call_flags = CXLMB_CALL_RAW;        /* ... unless asked to */
	assert_int_equal(cxlmb_call(&f->root, &c), CXLMB_E_DEVICE_RC);
	assert_int_equal(c.stage, CXLMB_STAGE_DEVICE);
	assert_true(c.rsp.rc == CXLMB_RC_INVALID_INPUT || c.rsp.rc == CXLMB_RC_INVALID_PAYLOAD_LEN);
	/* a typed request is encoded by the catalog */
	memset(&c, 0, sizeof(c));
	c.opcode = 0x4102;
	c.req = &lsa;
	c.req_buf = reqbuf;
	c.req_cap = sizeof(reqbuf);
	c.flags = CXLMB_STRICT;
	c.rsp.buf = f->out;
	c.rsp.cap = sizeof(f->out);
	assert_int_equal(cxlmb_call(&f->root, &c), CXLMB_E_OK);
	assert_int_equal(c.rsp.len, 16);
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_POLICY), "policy");
	assert_string_equal(cxlmb_call_stage_name(99), "unknown");
}

/* A response with a reserved bit set fails the call that got it, even when
 * the caller keeps no decoded value. */
static void test_call_decodes_every_answer(void **state)
{
	struct fixture *f = *state;
	struct cxlmb_call c;

	assert_int_equal(call(f, &f->root, 0x4200, NULL, 0, &c), CXLMB_E_RESERVED_SET);
	assert_int_equal(c.stage, CXLMB_STAGE_RESPONSE);
	c.rsp_val = NULL;
	assert_int_equal(cxlmb_call(&f->root, &c), CXLMB_E_RESERVED_SET);
	c.flags = 0; /* lenient decoding accepts it */
	assert_int_equal(cxlmb_call(&f->root, &c), CXLMB_E_OK);
}

static void test_bg_wait_through_a_route(void **state)
{
	struct fixture *f = *state;
	static const uint8_t to_ld0[] = { CXLMB_SIM_MLD_PORT, 0 };
	struct cxlmb_endpoint *ep = route(f, to_ld0, 2);
	struct cxlmb_bg_status st;
	struct cxlmb_call c;

	assert_int_equal(call(f, ep, 0x4400, NULL, 0, &c), CXLMB_E_OK);
	assert_true(c.rsp.bg_started);
	assert_int_equal(cxlmb_ep_bg_status(ep, &st), 0);
	assert_true(st.running);
	assert_int_equal(st.opcode, 0x4400);
	/* the switch's own mailbox shows nothing of the LD's operation */
	assert_int_equal(cxlmb_ep_bg_status(&f->root, &st), 0);
	assert_false(st.running);
	assert_int_equal(cxlmb_ep_bg_wait(ep, 0x4400, 5000000000ull, &st), CXLMB_E_OK);
	assert_int_equal(st.percent, 100);
	assert_int_equal(st.rc, 0);
	/* waiting for another opcode than the one that ran is inconsistent */
	assert_int_equal(cxlmb_ep_bg_wait(ep, 0x4401, 1000000ull, &st), CXLMB_E_BG_INCONSISTENT);
}

/* An endpoint kind outside the core: ops only, no registers. */
struct fake {
	struct cxlmb_bg_status st;
	unsigned polls;
};

static int fake_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		     struct cxlmb_response *rsp)
{
	(void)ep;
	(void)req;
	rsp->rc = CXLMB_RC_SUCCESS;
	return CXLMB_E_OK;
}

static int fake_bg(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	struct fake *k = ep->ctx;
	if (++k->polls >= 3)
		k->st.running = false; /* ended, but at 40%: a torn or lying status */
	*st = k->st;
	return CXLMB_E_OK;
}

static void test_bg_wait_refuses_an_unfinished_end(void **state)
{
	(void)state;
	static const struct cxlmb_endpoint_ops ops = { .send = fake_send, .bg_status = fake_bg };
	struct fake k = { .st = { .opcode = 0x4400, .percent = 40, .running = true } };
	struct cxlmb_endpoint ep = { .ops = &ops, .ctx = &k, .kind = CXLMB_EPK_OTHER };
	struct cxlmb_bg_status st;

	/* no clock and no delay: the budget counts polls, and still ends */
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 1000000000ull, &st),
			 CXLMB_E_BG_INCONSISTENT);
	assert_int_equal(k.polls, 3);
	k.st.running = true;
	k.polls = 0;
	k.st.percent = 100;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 1000000000ull, &st), CXLMB_E_OK);
	k.st.running = true;
	k.polls = 0;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 1000ull, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(k.polls, 2); /* 1 us counted per poll */
	/* an aborted operation may end early: its return code says so */
	k.st.running = true;
	k.polls = 0;
	k.st.percent = 40;
	k.st.rc = CXLMB_RC_ABORTED;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 1000000000ull, &st), CXLMB_E_OK);
	assert_int_equal(st.rc, CXLMB_RC_ABORTED);
	assert_int_equal(cxlmb_ep_send(NULL, NULL, NULL, NULL), CXLMB_E_INVALID_ARG);
}

/* A clock but no delay hook: the wait busy-polls and the clock alone
 * measures, so a device that needs 50 ms is waited for although that is
 * far more polls than 50 ms / 10 us. */
struct slow {
	uint64_t now, done_at;
	unsigned polls;
};

static int slow_bg(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	struct slow *k = ep->ctx;
	k->polls++;
	st->opcode = 0x4400;
	st->running = k->now < k->done_at;
	st->percent = st->running ? 50 : 100;
	return CXLMB_E_OK;
}

static uint64_t slow_now(struct cxlmb_endpoint *ep)
{
	struct slow *k = ep->ctx;
	return k->now += 100; /* 100 ns pass per read of the clock */
}

static void test_bg_wait_busy_polls_by_the_clock(void **state)
{
	(void)state;
	static const struct cxlmb_endpoint_ops ops = { .send = fake_send, .bg_status = slow_bg,
						       .now_ns = slow_now };
	struct slow k = { .done_at = 50000000ull };
	struct cxlmb_endpoint ep = { .ops = &ops, .ctx = &k, .kind = CXLMB_EPK_OTHER };
	struct cxlmb_bg_status st;

	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2000000000ull, &st), CXLMB_E_OK);
	assert_true(k.polls > 50000000u / 10000u); /* more polls than 10 us each would allow */
	k.now = 0;
	k.done_at = 3000000000ull;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2000000000ull, &st), CXLMB_E_BG_TIMEOUT);
	assert_true(k.now >= 2000000000ull);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_mailbox_endpoint, setup_type3, teardown),
		cmocka_unit_test_setup_teardown(test_routes_every_depth, setup_switch, teardown),
		cmocka_unit_test_setup_teardown(test_route_failure_levels, setup_switch, teardown),
		cmocka_unit_test_setup_teardown(test_route_init_refusals, setup_switch, teardown),
		cmocka_unit_test_setup_teardown(test_gate_decides_before_anything_is_sent,
						setup_switch, teardown),
		cmocka_unit_test_setup_teardown(test_call_stages, setup_type3, teardown),
		cmocka_unit_test_setup_teardown(test_call_decodes_every_answer, setup_corrupt,
						teardown),
		cmocka_unit_test_setup_teardown(test_bg_wait_through_a_route, setup_switch, teardown),
		cmocka_unit_test(test_bg_wait_refuses_an_unfinished_end),
		cmocka_unit_test(test_bg_wait_busy_polls_by_the_clock),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
