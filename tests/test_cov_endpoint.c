/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command layer against a scripted endpoint: what each answer that a
 * real device rarely gives (a transport failure, an error return code, a
 * truncated or undecodable 0002h, a route whose parent fails or answers
 * garbage) turns into, and the argument checks of endpoint.h and call.h.
 * test_endpoint.c drives the same code through the simulator. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"
#include "sim.h"

/* What the scripted endpoint answers to every request. */
struct script {
	int rc;                 /* transport result (non-zero: no answer) */
	uint16_t dev_rc;        /* device return code */
	uint16_t vendor_status;
	uint8_t fail_level;     /* set on a transport failure, like a route does */
	uint8_t payload[256];
	size_t len;
	size_t reported;        /* 0: len */
	unsigned sends;
	uint16_t last_op;
	size_t last_len;
	uint64_t now;           /* clock; advanced by step on each read */
	uint64_t step;
	uint64_t delayed;
	unsigned delays;
};

static int fake_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		     struct cxlmb_response *rsp)
{
	struct script *s = ep->ctx;
	size_t n = s->len < rsp->cap ? s->len : rsp->cap;

	s->sends++;
	s->last_op = req->opcode;
	s->last_len = req->len;
	rsp->rc = s->dev_rc;
	rsp->vendor_status = s->vendor_status;
	if (s->rc) {
		rsp->fail_level = s->fail_level;
		return s->rc;
	}
	if (n)
		memcpy(rsp->buf, s->payload, n);
	rsp->len = n;
	rsp->reported_len = s->reported ? s->reported : s->len;
	return CXLMB_E_OK;
}

static uint64_t fake_now(struct cxlmb_endpoint *ep)
{
	struct script *s = ep->ctx;
	s->now += s->step;
	return s->now;
}

static void fake_delay(struct cxlmb_endpoint *ep, uint64_t ns)
{
	struct script *s = ep->ctx;
	s->delayed += ns;
	s->delays++;
}

/* send only: background status goes as 0002h, no clock, no delay */
static const struct cxlmb_endpoint_ops msg_ops = { .send = fake_send };
static const struct cxlmb_endpoint_ops clock_ops = {
	.send = fake_send, .now_ns = fake_now, .delay_ns = fake_delay
};
static const struct cxlmb_endpoint_ops delay_ops = { .send = fake_send, .delay_ns = fake_delay };
static const struct cxlmb_endpoint_ops clock_only_ops = { .send = fake_send, .now_ns = fake_now };

static void fake_init(struct cxlmb_endpoint *ep, const struct cxlmb_endpoint_ops *ops,
		      struct script *s)
{
	memset(ep, 0, sizeof(*ep));
	ep->ops = ops;
	ep->ctx = s;
	ep->max_payload = 256;
}

/* The script answers 0002h with this status. */
static void script_bg(struct script *s, uint8_t running, uint8_t percent, uint16_t op,
		      uint16_t rc)
{
	struct cxlmb_bg_op_status_rsp st = { running, percent, op, rc, 0x1234 };
	assert_int_equal(cxlmb_bg_op_status_rsp_encode(&st, s->payload, sizeof(s->payload),
						       &s->len), 0);
	assert_int_equal(s->len, CXLMB_BG_OP_STATUS_RSP_LEN);
}

static void test_bg_status_as_a_message(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_bg_status st;
	(void)state;

	fake_init(&ep, &msg_ops, &s);
	script_bg(&s, 1, 40, 0x4400, 0);
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), 0);
	assert_int_equal(s.last_op, 0x0002);
	assert_int_equal(s.last_len, 0);
	assert_true(st.running);
	assert_int_equal(st.percent, 40);
	assert_int_equal(st.opcode, 0x4400);
	assert_int_equal(st.vendor_status, 0x1234);

	script_bg(&s, 0, 100, 0x4400, CXLMB_RC_INVALID_INPUT);
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), 0);
	assert_false(st.running);
	assert_int_equal(st.rc, CXLMB_RC_INVALID_INPUT);

	/* each way the answer can fail, and the status is left cleared */
	s.rc = CXLMB_E_TIMEOUT;
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), CXLMB_E_TIMEOUT);
	assert_int_equal(st.opcode, 0);
	s.rc = 0;
	s.dev_rc = CXLMB_RC_UNSUPPORTED;
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), CXLMB_E_DEVICE_RC);
	s.dev_rc = CXLMB_RC_SUCCESS;
	s.reported = CXLMB_BG_OP_STATUS_RSP_LEN + 1; /* more than the 8 bytes it holds */
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), CXLMB_E_OUTPUT_TRUNCATED);
	s.reported = 0;
	s.len = CXLMB_BG_OP_STATUS_RSP_LEN - 1;
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), CXLMB_E_TRUNCATED);
	script_bg(&s, 1, 100, 0x4400, 0);
	s.payload[0] = 101 << 1 | 1; /* percent past 100: the encoder refuses it, a device may not */
	assert_int_not_equal(cxlmb_ep_bg_status(&ep, &st), 0);

	assert_int_equal(cxlmb_ep_bg_status(NULL, &st), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_bg_status(&ep, NULL), CXLMB_E_INVALID_ARG);
	ep.ops = NULL;
	assert_int_equal(cxlmb_ep_bg_status(&ep, &st), CXLMB_E_INVALID_ARG);
}

static void test_bg_wait_budget_without_a_clock(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_bg_status st;
	(void)state;

	/* no clock: the delays asked for are the budget, 10 us each */
	fake_init(&ep, &delay_ops, &s);
	script_bg(&s, 1, 50, 0x4400, 0);
	assert_int_equal(cxlmb_ep_now_ns(&ep), 0);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 30000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.delays, 3);
	assert_int_equal(s.delayed, 30000);
	assert_int_equal(s.sends, 4);

	/* a zero budget still looks once */
	s.sends = s.delays = 0;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 0, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 1);
	assert_int_equal(s.delays, 0);

	/* the status itself failing ends the wait with its error */
	s.rc = CXLMB_E_BACKEND;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 30000, &st), CXLMB_E_BACKEND);
	assert_int_equal(cxlmb_ep_bg_wait(NULL, 0, 0, &st), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0, 0, NULL), CXLMB_E_INVALID_ARG);
}

static void test_bg_wait_budget_by_the_clock(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_bg_status st;
	(void)state;

	/* each clock read advances 1 ms: a 2 ms budget is spent exactly at the
	 * second read after the start, whatever the delays asked for */
	fake_init(&ep, &clock_ops, &s);
	s.step = 1000000;
	script_bg(&s, 1, 50, 0x4400, 0);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2000000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 2);
	assert_int_equal(s.delays, 1);
	s.sends = s.delays = 0;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2000001, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 3);
	assert_int_equal(s.delays, 2);

	/* finished: 100% and the operation asked about */
	script_bg(&s, 0, 100, 0x4400, 0);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2500000, &st), 0);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0, 2500000, &st), 0); /* any opcode */
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4401, 2500000, &st), CXLMB_E_BG_INCONSISTENT);
	script_bg(&s, 0, 99, 0x4400, 0);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2500000, &st), CXLMB_E_BG_INCONSISTENT);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0, 2500000, &st), CXLMB_E_BG_INCONSISTENT);
}

/* Without a delay the budget is the clock; a clock that never moves ends
 * the wait after CXLMB_MBOX_STALL_POLLS polls; with neither, each poll
 * costs at least 1 us of the budget. */
static void test_bg_wait_without_a_delay(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_bg_status st;
	(void)state;

	fake_init(&ep, &clock_only_ops, &s);
	script_bg(&s, 1, 50, 0x4400, 0);
	s.step = 1000;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 5000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 5);
	s.sends = 0;
	s.step = 0; /* stopped */
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 5000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, CXLMB_MBOX_STALL_POLLS);

	fake_init(&ep, &msg_ops, &s);
	s.sends = 0;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 5000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 6);
	/* a loop of levels without clock or delay: the look-ups end, the wait too */
	ep.parent = &ep;
	s.sends = 0;
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 2000, &st), CXLMB_E_BG_TIMEOUT);
	assert_int_equal(s.sends, 3);
	/* a level without ops cannot be asked */
	{
		struct cxlmb_endpoint bare;
		memset(&bare, 0, sizeof(bare));
		bare.parent = &ep;
		assert_int_equal(cxlmb_ep_bg_wait(&bare, 0x4400, 2000, &st), CXLMB_E_INVALID_ARG);
	}
}

/* An operation that failed or was aborted may end below 100%: its return
 * code says so; a success must say 100%. */
static void test_bg_wait_failed_operation_ends_early(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_bg_status st;
	(void)state;

	fake_init(&ep, &delay_ops, &s);
	script_bg(&s, 0, 40, 0x4400, CXLMB_RC_ABORTED);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 30000, &st), 0);
	assert_int_equal(st.rc, CXLMB_RC_ABORTED);
	assert_int_equal(st.percent, 40);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4401, 30000, &st), CXLMB_E_BG_INCONSISTENT);
	script_bg(&s, 0, 40, 0x4400, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_ep_bg_wait(&ep, 0x4400, 30000, &st), CXLMB_E_BG_INCONSISTENT);
}

static struct script *gate_seen;
static int gate_rc;
static int gate_decide(const void *ctx, const struct cxlmb_route *route,
		       const struct cxlmb_request *req, struct cxlmb_verdict *v)
{
	const uint8_t *decision = ctx;
	(void)req;
	assert_int_equal(route->depth, 1);
	assert_int_equal(route->hop[0].target_id, 7);
	assert_int_equal(gate_seen->sends, 0); /* before anything is sent */
	v->decision = *decision;
	return gate_rc;
}

static void test_send_arguments_and_gate(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint root, hop;
	struct cxlmb_request req = { 0x0001, NULL, 0 };
	uint8_t buf[64], scratch[512], decision = CXLMB_DENY, p = 1;
	struct cxlmb_response rsp = { .buf = buf, .cap = sizeof(buf) };
	struct cxlmb_verdict v;
	struct cxlmb_gate gate = { gate_decide, &decision };
	struct cxlmb_endpoint_ops no_send = { 0 };
	(void)state;

	fake_init(&root, &msg_ops, &s);
	assert_int_equal(cxlmb_ep_send(NULL, &req, &rsp, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_send(&root, NULL, &rsp, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_send(&root, &req, NULL, &v), CXLMB_E_INVALID_ARG);
	req.len = 1; /* a length without bytes */
	assert_int_equal(cxlmb_ep_send(&root, &req, &rsp, &v), CXLMB_E_INVALID_ARG);
	req.payload = &p;
	rsp.buf = NULL; /* room without a buffer */
	assert_int_equal(cxlmb_ep_send(&root, &req, &rsp, &v), CXLMB_E_INVALID_ARG);
	rsp.buf = buf;
	root.ops = &no_send;
	assert_int_equal(cxlmb_ep_send(&root, &req, &rsp, &v), CXLMB_E_INVALID_ARG);
	root.ops = NULL;
	assert_int_equal(cxlmb_ep_send(&root, &req, &rsp, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(s.sends, 0);

	/* the root's gate sees the route; deny, a failing gate, allow */
	fake_init(&root, &msg_ops, &s);
	root.gate = &gate;
	gate_seen = &s;
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 7, 0 },
					     scratch, sizeof(scratch)), 0);
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, &v), CXLMB_E_DENIED);
	assert_int_equal(v.opcode, 0x0001);
	gate_rc = CXLMB_E_INVALID_ARG;
	decision = CXLMB_ALLOW;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(s.sends, 0);
	gate_rc = 0;
	s.len = 0;
	s.payload[0] = 0; /* garbage for a tunnel answer: it is refused, but was sent */
	assert_int_not_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_DENIED);
	assert_int_equal(s.sends, 1);
	assert_int_equal(s.last_op, CXLMB_OPCODE_TUNNEL);
	root.gate = NULL;
}

static void test_chain_walks(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint root, a, b;
	struct cxlmb_route r;
	uint8_t sa[256], sb[256];
	(void)state;

	fake_init(&root, &delay_ops, &s);
	assert_ptr_equal(cxlmb_ep_root(NULL), NULL);
	assert_ptr_equal(cxlmb_ep_root(&root), &root);
	assert_int_equal(cxlmb_ep_route_init(&a, &root, (struct cxlmb_tunnel_hop){ 1, 0 }, sa,
					     sizeof(sa)), 0);
	assert_int_equal(cxlmb_ep_route_init(&b, &a, (struct cxlmb_tunnel_hop){ 2, 1 }, sb,
					     sizeof(sb)), 0);
	assert_ptr_equal(cxlmb_ep_root(&b), &root);
	/* each hop takes 16 bytes of headers from what its parent carries */
	assert_int_equal(a.max_payload, 240);
	assert_int_equal(b.max_payload, 224);
	assert_int_equal(b.depth, 2);

	cxlmb_ep_route_of(&b, &r);
	assert_int_equal(r.depth, 2);
	assert_int_equal(r.hop[0].target_id, 1);
	assert_int_equal(r.hop[1].target_id, 2);
	assert_int_equal(r.hop[1].target_type, 1);
	cxlmb_ep_route_of(NULL, &r);
	assert_int_equal(r.depth, 0);
	/* a depth past the bound (not made by route_init) gives an empty route */
	b.depth = CXLMB_TUNNEL_MAX_DEPTH + 1;
	cxlmb_ep_route_of(&b, &r);
	assert_int_equal(r.depth, 0);
	assert_int_equal(r.hop[0].target_id, 0);

	/* the clock and delay come from the nearest level that has them */
	assert_int_equal(cxlmb_ep_now_ns(&a), 0);
	assert_int_equal(cxlmb_ep_now_ns(NULL), 0);
	cxlmb_ep_delay_ns(&a, 77);
	assert_int_equal(s.delayed, 77);
	cxlmb_ep_delay_ns(NULL, 5);
	root.ops = &msg_ops; /* nobody delays: nothing happens */
	cxlmb_ep_delay_ns(&a, 5);
	assert_int_equal(s.delayed, 77);

	/* a parent that carries at most 16 bytes leaves nothing for a hop */
	root.max_payload = 16;
	assert_int_equal(cxlmb_ep_route_init(&a, &root, (struct cxlmb_tunnel_hop){ 1, 0 }, sa,
					     sizeof(sa)), 0);
	assert_int_equal(a.max_payload, 0);
	root.max_payload = 17;
	assert_int_equal(cxlmb_ep_route_init(&a, &root, (struct cxlmb_tunnel_hop){ 1, 0 }, sa,
					     sizeof(sa)), 0);
	assert_int_equal(a.max_payload, 1);
}

/* The 5300h answer a switch gives to the route's first request (tag 1). */
static void script_tunnel_answer(struct script *s, uint16_t op, const uint8_t *p, uint32_t n,
				 uint16_t inner_rc, uint8_t tag)
{
	struct cxlmb_cci_msg m = { CXLMB_CCI_RESPONSE, tag, (uint8_t)op, (uint8_t)(op >> 8), n, 0,
				   inner_rc, 0, { p, n } };
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, s->payload, sizeof(s->payload), &s->len), 0);
	s->dev_rc = CXLMB_RC_SUCCESS;
	s->reported = 0;
}

static void test_route_answers(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint root, hop;
	struct cxlmb_request req = { 0x4000, NULL, 0 };
	const uint8_t inner[6] = { 1, 2, 3, 4, 5, 6 };
	uint8_t buf[64], scratch[512];
	struct cxlmb_response rsp = { .buf = buf, .cap = sizeof(buf) };
	(void)state;

	fake_init(&root, &msg_ops, &s);
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 3, 0 },
					     scratch, sizeof(scratch)), 0);
	script_tunnel_answer(&s, 0x4000, inner, sizeof(inner), CXLMB_RC_SUCCESS, 1);
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), 0);
	assert_int_equal(rsp.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(rsp.len, sizeof(inner));
	assert_memory_equal(buf, inner, sizeof(inner));
	assert_int_equal(hop.tag, 2); /* the next wrap has the next tag */

	/* the caller's buffer smaller than the inner answer: cut, and said so */
	script_tunnel_answer(&s, 0x4000, inner, sizeof(inner), CXLMB_RC_SUCCESS, 2);
	rsp.cap = 4;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), 0);
	assert_int_equal(rsp.len, 4);
	assert_int_equal(rsp.reported_len, sizeof(inner));
	rsp.cap = sizeof(buf);

	/* an empty inner answer copies nothing */
	script_tunnel_answer(&s, 0x4000, NULL, 0, CXLMB_RC_INVALID_INPUT, 3);
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), 0);
	assert_int_equal(rsp.rc, CXLMB_RC_INVALID_INPUT);
	assert_int_equal(rsp.len, 0);

	/* an answer with the wrong tag does not belong to this request */
	script_tunnel_answer(&s, 0x4000, inner, sizeof(inner), CXLMB_RC_SUCCESS, 9);
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_TAG_MISMATCH);

	/* the parent's transport fails: its codes are passed on as they are */
	s.rc = CXLMB_E_TIMEOUT;
	s.dev_rc = CXLMB_RC_BUSY;
	s.vendor_status = 0x77;
	s.fail_level = 0;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_TIMEOUT);
	assert_int_equal(rsp.rc, CXLMB_RC_BUSY);
	assert_int_equal(rsp.vendor_status, 0x77);
	assert_int_equal(rsp.fail_level, 0);
	s.rc = CXLMB_E_ROUTE;
	s.fail_level = 2;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_ROUTE);
	assert_int_equal(rsp.fail_level, 2);
	s.rc = 0;
	s.vendor_status = 0;

	/* the 5300h refused by the level above: the route failed at level 0 */
	s.dev_rc = CXLMB_RC_UNSUPPORTED;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_ROUTE);
	assert_int_equal(rsp.rc, CXLMB_RC_UNSUPPORTED);
	assert_int_equal(rsp.fail_level, 0);

	/* the outer answer longer than the scratch could take */
	script_tunnel_answer(&s, 0x4000, inner, sizeof(inner), CXLMB_RC_SUCCESS, hop.tag);
	s.reported = sizeof(scratch) + 1;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_OUTPUT_TRUNCATED);

	/* garbage where the 5300h answer should be */
	s.reported = 0;
	s.len = 3;
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_TRUNCATED);

	/* a request that does not fit the scratch once wrapped is too large */
	{
		static uint8_t big[600];
		struct cxlmb_request r2 = { 0x4000, big, sizeof(big) };
		unsigned before = s.sends;
		assert_int_equal(cxlmb_ep_send(&hop, &r2, &rsp, NULL), CXLMB_E_INPUT_TOO_LARGE);
		assert_int_equal(s.sends, before);
	}
}

/* A register backend with neither clock nor delay. */
static int nop_read32(void *ctx, uint32_t off, uint32_t *v)
{
	(void)ctx;
	(void)off;
	*v = 0;
	return 0;
}

static void test_mailbox_endpoint_arguments(void **state)
{
	struct cxlmb_backend_ops ops = { 0 };
	struct cxlmb_mbox mb = { 0 };
	struct cxlmb_endpoint ep, route;
	struct script s = { 0 };
	uint8_t scratch[64];
	(void)state;

	ops.read32 = nop_read32;
	mb.ops = &ops;
	assert_int_equal(cxlmb_ep_mbox_init(&ep, &mb), CXLMB_E_INVALID_ARG); /* no payload size */
	mb.payload_size = 256;
	assert_int_equal(cxlmb_ep_mbox_init(NULL, &mb), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_mbox_init(&ep, NULL), CXLMB_E_INVALID_ARG);
	mb.ops = NULL;
	assert_int_equal(cxlmb_ep_mbox_init(&ep, &mb), CXLMB_E_INVALID_ARG);
	mb.ops = &ops;
	assert_int_equal(cxlmb_ep_mbox_init(&ep, &mb), 0);
	assert_int_equal(ep.kind, CXLMB_EPK_MAILBOX);
	assert_int_equal(ep.max_payload, 256);
	assert_ptr_equal(cxlmb_ep_mbox(&ep), &mb);
	assert_ptr_equal(cxlmb_ep_mbox(NULL), NULL);

	/* no clock in the backend: time stands still; no delay: none is made */
	assert_int_equal(cxlmb_ep_now_ns(&ep), 0);
	cxlmb_ep_delay_ns(&ep, 1000);

	fake_init(&ep, &msg_ops, &s);
	assert_ptr_equal(cxlmb_ep_mbox(&ep), NULL); /* another kind */
	assert_int_equal(cxlmb_ep_route_init(&route, &ep, (struct cxlmb_tunnel_hop){ 0, 0 },
					     scratch, sizeof(scratch)), 0);
	assert_ptr_equal(cxlmb_ep_mbox(&route), NULL);
	assert_int_equal(route.kind, CXLMB_EPK_ROUTE);
}

static void test_call_arguments_and_stages(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_call c;
	uint8_t out[64], reqbuf[32];
	struct cxlmb_get_log_req log = { 0 };
	(void)state;

	fake_init(&ep, &msg_ops, &s);
	assert_int_equal(cxlmb_call(&ep, NULL), CXLMB_E_INVALID_ARG);
	memset(&c, 0, sizeof(c));
	c.opcode = 0x0001;
	c.rsp.buf = out;
	c.rsp.cap = sizeof(out);
	c.stage = CXLMB_STAGE_DONE;
	assert_int_equal(cxlmb_call(NULL, &c), CXLMB_E_INVALID_ARG);
	assert_int_equal(c.stage, CXLMB_STAGE_REQUEST);
	c.req = &log; /* a typed request without a buffer to encode into */
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_INVALID_ARG);
	c.req = NULL;
	c.req_len = 2; /* a length without bytes */
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_INVALID_ARG);
	c.req_len = 0;
	c.opcode = 0x00FF; /* no command, below the vendor range */
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_UNKNOWN_OPCODE);
	assert_int_equal(c.stage, CXLMB_STAGE_REQUEST);
	assert_int_equal(s.sends, 0);

	/* a typed request is encoded into req_buf; its answer truncated by
	 * the transport stops the call at the transport */
	c.opcode = 0x0401; /* Get Log */
	c.req = &log;
	c.req_buf = reqbuf;
	c.req_cap = sizeof(reqbuf);
	log.length = 8;
	c.req_cap = CXLMB_GET_LOG_REQ_LEN - 1; /* no room to encode: nothing sent */
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_BUF_TOO_SMALL);
	assert_int_equal(c.stage, CXLMB_STAGE_REQUEST);
	assert_int_equal(s.sends, 0);
	c.req_cap = sizeof(reqbuf);
	s.len = 8;
	s.reported = 9;
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_OUTPUT_TRUNCATED);
	assert_int_equal(c.stage, CXLMB_STAGE_TRANSPORT);
	assert_int_equal(s.last_op, 0x0401);
	assert_int_equal(s.last_len, 0x18); /* UUID, offset, length */
	assert_int_equal(reqbuf[0x14], 8);

	/* the transport failing: stage transport, its error */
	s.rc = CXLMB_E_DOORBELL_BUSY;
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_DOORBELL_BUSY);
	assert_int_equal(c.stage, CXLMB_STAGE_TRANSPORT);
	s.rc = 0;
	s.reported = 0;
	s.dev_rc = CXLMB_RC_BACKGROUND; /* started in the background: not an error */
	assert_int_equal(cxlmb_call(&ep, &c), 0);
	assert_int_equal(c.stage, CXLMB_STAGE_DONE);

	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_REQUEST), "request");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_POLICY), "policy");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_TRANSPORT), "transport");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_DEVICE), "device");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_RESPONSE), "response");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_DONE), "done");
	assert_string_equal(cxlmb_call_stage_name(CXLMB_STAGE_DONE + 1), "unknown");
}

static void test_error_names(void **state)
{
	(void)state;
	/* every number has its own name and a description; outside: unknown */
	for (int e = 0; e < CXLMB_E_COUNT_; e++) {
		assert_string_not_equal(cxlmb_strerror(e), "UNKNOWN_ERROR");
		assert_string_not_equal(cxlmb_errdesc(e), "unknown error");
		for (int f = 0; f < e; f++)
			assert_string_not_equal(cxlmb_strerror(e), cxlmb_strerror(f));
	}
	assert_string_equal(cxlmb_strerror(CXLMB_E_DENIED), "DENIED");
	assert_string_equal(cxlmb_errdesc(CXLMB_E_OK), "success");
	assert_string_equal(cxlmb_strerror(-1), "UNKNOWN_ERROR");
	assert_string_equal(cxlmb_strerror(CXLMB_E_COUNT_), "UNKNOWN_ERROR");
	assert_string_equal(cxlmb_errdesc(-1), "unknown error");
	assert_string_equal(cxlmb_errdesc(CXLMB_E_COUNT_), "unknown error");
}

static void test_version(void **state)
{
	char want[32];
	(void)state;
	snprintf(want, sizeof(want), "%d.%d.%d", CXLMB_VERSION_MAJOR, CXLMB_VERSION_MINOR,
		 CXLMB_VERSION_PATCH);
	assert_string_equal(cxlmb_version_string(), want);
	assert_int_equal(cxlmb_version(), CXLMB_VERSION_NUMBER);
	assert_int_equal(cxlmb_version() >> 16 & 0xFF, CXLMB_VERSION_MAJOR);
	assert_int_equal(cxlmb_abi_knobs(), CXLMB_ABI_KNOBS);
}

/* Chains not made by route_init (a loop, a depth without parents, a
 * level without ops): every walk ends, bounded by the nesting limit. */
static void test_corrupt_chains_end(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint a, b;
	struct cxlmb_route r;
	(void)state;

	fake_init(&a, &clock_ops, &s);
	a.parent = &a; /* a loop */
	assert_ptr_equal(cxlmb_ep_root(&a), &a);
	s.step = 5;
	assert_int_equal(cxlmb_ep_now_ns(&a), 5); /* the first level with a clock */
	memset(&b, 0, sizeof(b));
	b.parent = &b; /* a loop where nobody has ops */
	assert_int_equal(cxlmb_ep_now_ns(&b), 0);
	cxlmb_ep_delay_ns(&b, 10);
	b.parent = &a; /* no ops here: the parent's clock and delay */
	assert_int_equal(cxlmb_ep_now_ns(&b), 10);
	cxlmb_ep_delay_ns(&b, 10);
	assert_int_equal(s.delayed, 10);

	memset(&b, 0, sizeof(b));
	b.depth = 2; /* says two levels, has no parent */
	b.hop.target_id = 9;
	cxlmb_ep_route_of(&b, &r);
	assert_int_equal(r.depth, 2);
	assert_int_equal(r.hop[1].target_id, 9);
	assert_int_equal(r.hop[0].target_id, 0);
}

static void test_send_edges(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint root, hop;
	struct cxlmb_request req = { 0x4000, NULL, 0 };
	struct cxlmb_response none = { 0 };
	struct cxlmb_gate no_decide = { NULL, NULL };
	struct cxlmb_verdict v;
	static uint8_t big[0x10000], scratch[512];
	uint8_t buf[8];
	struct cxlmb_response rsp = { .buf = buf, .cap = sizeof(buf) };
	(void)state;

	/* no room and no buffer is a send that keeps no answer */
	fake_init(&root, &msg_ops, &s);
	s.len = 4;
	assert_int_equal(cxlmb_ep_send(&root, &req, &none, &v), 0);
	assert_int_equal(none.len, 0);
	assert_int_equal(none.reported_len, 4);
	/* a gate without a decision function decides nothing */
	root.gate = &no_decide;
	assert_int_equal(cxlmb_ep_send(&root, &req, &none, &v), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	assert_int_equal(s.sends, 2);

	/* route_init refuses each missing piece */
	assert_int_equal(cxlmb_ep_route_init(NULL, &root, (struct cxlmb_tunnel_hop){ 0, 0 },
					     scratch, sizeof(scratch)), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 0, 0 },
					     NULL, sizeof(scratch)), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 0, 2 },
					     scratch, sizeof(scratch)), CXLMB_E_INVALID_ARG);
	root.ops = NULL;
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 0, 0 },
					     scratch, sizeof(scratch)), CXLMB_E_INVALID_ARG);
	root.ops = &msg_ops;
	assert_int_equal(cxlmb_ep_route_init(&hop, &root, (struct cxlmb_tunnel_hop){ 0, 1 },
					     scratch, sizeof(scratch)), 0);

	/* a request whose wrapped size overflows the 16-bit command size is
	 * out of range, whatever the scratch (not "too large for the scratch") */
	req.payload = big;
	req.len = sizeof(big);
	assert_int_equal(cxlmb_ep_send(&hop, &req, &rsp, NULL), CXLMB_E_VALUE_RANGE);
	assert_int_equal(s.sends, 2);
}

/* The mailbox endpoint hands a truncated copy on as an answer: the
 * caller sees reported_len > len (the simulator's Identify, 0x45 bytes). */
static void test_mailbox_truncated_copy_is_an_answer(void **state)
{
	static struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config mc;
	struct cxlmb_endpoint ep;
	struct cxlmb_request req = { 0x4000, NULL, 0 };
	uint8_t full[256], part[4];
	struct cxlmb_response a = { .buf = full, .cap = sizeof(full) };
	struct cxlmb_response b = { .buf = part, .cap = sizeof(part) };
	(void)state;

	assert_int_equal(cxlmb_sim_init(&sim, NULL), 0);
	cxlmb_sim_mbox_config(&sim, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
	assert_int_equal(cxlmb_ep_mbox_init(&ep, &mb), 0);
	assert_int_equal(cxlmb_ep_send(&ep, &req, &a, NULL), 0);
	assert_int_equal(a.rc, CXLMB_RC_SUCCESS);
	assert_true(a.len > sizeof(part));
	assert_int_equal(a.reported_len, a.len);
	assert_int_equal(cxlmb_ep_send(&ep, &req, &b, NULL), 0);
	assert_int_equal(b.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(b.len, sizeof(part));
	assert_int_equal(b.reported_len, a.len);
	assert_memory_equal(part, full, sizeof(part));
	cxlmb_sim_fini(&sim);
}

/* The deepest chain route_init builds (CXLMB_TUNNEL_MAX_DEPTH hops):
 * its route names every hop, and the innermost level finds the root's
 * clock and delay; a hand-linked chain longer than that is walked no
 * further than the bound. */
static void test_deepest_chain(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep[CXLMB_TUNNEL_MAX_DEPTH + 2];
	static uint8_t scratch[CXLMB_TUNNEL_MAX_DEPTH][512];
	struct cxlmb_endpoint *last;
	struct cxlmb_route r;
	(void)state;

	fake_init(&ep[0], &clock_ops, &s);
	s.step = 3;
	for (unsigned i = 1; i <= CXLMB_TUNNEL_MAX_DEPTH; i++)
		assert_int_equal(cxlmb_ep_route_init(&ep[i], &ep[i - 1],
						     (struct cxlmb_tunnel_hop){ (uint8_t)(10 + i), 0 },
						     scratch[i - 1], sizeof(scratch[i - 1])), 0);
	last = &ep[CXLMB_TUNNEL_MAX_DEPTH];
	assert_int_equal(last->depth, CXLMB_TUNNEL_MAX_DEPTH);
	cxlmb_ep_route_of(last, &r);
	assert_int_equal(r.depth, CXLMB_TUNNEL_MAX_DEPTH);
	for (unsigned i = 0; i < CXLMB_TUNNEL_MAX_DEPTH; i++)
		assert_int_equal(r.hop[i].target_id, 11 + i);
	assert_ptr_equal(cxlmb_ep_root(last), &ep[0]);
	assert_int_equal(cxlmb_ep_now_ns(last), 3);
	cxlmb_ep_delay_ns(last, 40);
	assert_int_equal(s.delayed, 40);
	/* one more level cannot be made ... */
	assert_int_equal(cxlmb_ep_route_init(&ep[CXLMB_TUNNEL_MAX_DEPTH + 1], last,
					     (struct cxlmb_tunnel_hop){ 0, 0 }, scratch[0],
					     sizeof(scratch[0])), CXLMB_E_DEPTH);
	/* ... and linked by hand, the walk up stops at the bound */
	memset(&ep[CXLMB_TUNNEL_MAX_DEPTH + 1], 0, sizeof(ep[0]));
	ep[CXLMB_TUNNEL_MAX_DEPTH + 1].parent = last;
	assert_ptr_equal(cxlmb_ep_root(&ep[CXLMB_TUNNEL_MAX_DEPTH + 1]), &ep[1]);
	assert_int_equal(cxlmb_ep_now_ns(&ep[CXLMB_TUNNEL_MAX_DEPTH + 1]), 0);
	cxlmb_ep_delay_ns(&ep[CXLMB_TUNNEL_MAX_DEPTH + 1], 40);
	assert_int_equal(s.delayed, 40);
}

/* Every answer is decoded: bytes from a command that answers none, or no
 * bytes where a layout needs some, fail the call at the response stage. */
static void test_call_judges_answer_length(void **state)
{
	struct script s = { 0 };
	struct cxlmb_endpoint ep;
	struct cxlmb_call c;
	uint8_t out[64];
	(void)state;

	fake_init(&ep, &msg_ops, &s);
	memset(&c, 0, sizeof(c));
	c.rsp.buf = out;
	c.rsp.cap = sizeof(out);
	c.flags = CXLMB_STRICT;
	c.opcode = 0x0005; /* Request Abort Background Operation: no output */
	assert_int_equal(cxlmb_call(&ep, &c), 0);
	assert_int_equal(c.stage, CXLMB_STAGE_DONE);
	s.len = 4;
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_OVERSIZE);
	assert_int_equal(c.stage, CXLMB_STAGE_RESPONSE);

	c.opcode = 0x0001; /* Identify: 12h bytes */
	s.len = 0;
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_TRUNCATED);
	assert_int_equal(c.stage, CXLMB_STAGE_RESPONSE);
	/* the device's error comes before the bytes are judged */
	s.dev_rc = CXLMB_RC_UNSUPPORTED;
	assert_int_equal(cxlmb_call(&ep, &c), CXLMB_E_DEVICE_RC);
	assert_int_equal(c.stage, CXLMB_STAGE_DEVICE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bg_status_as_a_message),
		cmocka_unit_test(test_bg_wait_budget_without_a_clock),
		cmocka_unit_test(test_bg_wait_budget_by_the_clock),
		cmocka_unit_test(test_bg_wait_without_a_delay),
		cmocka_unit_test(test_bg_wait_failed_operation_ends_early),
		cmocka_unit_test(test_send_arguments_and_gate),
		cmocka_unit_test(test_chain_walks),
		cmocka_unit_test(test_route_answers),
		cmocka_unit_test(test_mailbox_endpoint_arguments),
		cmocka_unit_test(test_call_arguments_and_stages),
		cmocka_unit_test(test_error_names),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_corrupt_chains_end),
		cmocka_unit_test(test_send_edges),
		cmocka_unit_test(test_mailbox_truncated_copy_is_an_answer),
		cmocka_unit_test(test_deepest_chain),
		cmocka_unit_test(test_call_judges_answer_length),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
