/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command layer's one entry (cxlmb_ep_send): the gate decides, then
 * the endpoint's kind sends.  Also the chain walks (root, route, clock)
 * and background status along any chain. */
#include "cxlmb/cmd_generic.h"
#include "cxlmb/endpoint.h"
#include "cxlmb/error.h"
#include "ep_internal.h"

struct cxlmb_endpoint *cxlmb_ep_root(struct cxlmb_endpoint *ep)
{
	/* chains are at most CXLMB_TUNNEL_MAX_DEPTH long (checked at init) */
	for (unsigned i = 0; ep && ep->parent && i < CXLMB_TUNNEL_MAX_DEPTH; i++)
		ep = ep->parent;
	return ep;
}

void cxlmb_ep_route_of(const struct cxlmb_endpoint *ep, struct cxlmb_route *route)
{
	unsigned d = ep ? ep->depth : 0;

	cxlmb_memset(route, 0, sizeof(*route));
	if (d > CXLMB_TUNNEL_MAX_DEPTH)
		return;
	route->depth = d;
	/* walk up from the innermost hop: it is the last one of the path */
	for (unsigned i = d; i > 0 && ep; i--, ep = ep->parent)
		route->hop[i - 1] = ep->hop;
}

int cxlmb_ep_raw_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		      struct cxlmb_response *rsp)
{
	rsp->len = rsp->reported_len = 0;
	rsp->rc = rsp->vendor_status = 0;
	rsp->bg_started = false;
	rsp->fail_level = 0;
	ep->sent++;
	return ep->ops->send(ep, req, rsp);
}

int cxlmb_ep_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		  struct cxlmb_response *rsp, struct cxlmb_verdict *v)
{
	struct cxlmb_verdict local;
	struct cxlmb_endpoint *root;

	if (!v)
		v = &local;
	cxlmb_memset(v, 0, sizeof(*v));
	if (!ep || !ep->ops || !ep->ops->send || !req || !rsp || (req->len && !req->payload) ||
	    (rsp->cap && !rsp->buf))
		return CXLMB_E_INVALID_ARG;
	v->opcode = req->opcode;
	root = cxlmb_ep_root(ep);
	if (root->gate && root->gate->decide) {
		struct cxlmb_route route;
		int rc;
		cxlmb_ep_route_of(ep, &route);
		rc = root->gate->decide(root->gate->ctx, &route, req, v);
		if (rc)
			return rc;
		if (v->decision == CXLMB_DENY)
			return CXLMB_E_DENIED;
	}
	return cxlmb_ep_raw_send(ep, req, rsp);
}

uint64_t cxlmb_ep_now_ns(struct cxlmb_endpoint *ep)
{
	for (unsigned i = 0; ep && i <= CXLMB_TUNNEL_MAX_DEPTH; i++, ep = ep->parent)
		if (ep->ops && ep->ops->now_ns)
			return ep->ops->now_ns(ep);
	return 0;
}

void cxlmb_ep_delay_ns(struct cxlmb_endpoint *ep, uint64_t ns)
{
	for (unsigned i = 0; ep && i <= CXLMB_TUNNEL_MAX_DEPTH; i++, ep = ep->parent)
		if (ep->ops && ep->ops->delay_ns) {
			ep->ops->delay_ns(ep, ns);
			return;
		}
}

/* 0002h Background Operation Status as a message (r3.2 §8.2.10.1.2). */
static int bg_status_msg(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	/* through a route the buffer first holds the wrapped answer: room for
	 * a 5300h header and a CCI message header per level */
	uint8_t buf[CXLMB_BG_OP_STATUS_RSP_LEN + CXLMB_TUNNEL_MAX_DEPTH * (4u + CXLMB_CCI_HDR_LEN)];
	struct cxlmb_request req = { 0x0002u, NULL, 0 };
	struct cxlmb_response rsp = { .buf = buf, .cap = sizeof(buf) };
	struct cxlmb_bg_op_status_rsp s;
	int rc = cxlmb_ep_send(ep, &req, &rsp, NULL);

	if (rc)
		return rc;
	if (rsp.rc != CXLMB_RC_SUCCESS)
		return CXLMB_E_DEVICE_RC;
	if (rsp.reported_len > rsp.len)
		return CXLMB_E_OUTPUT_TRUNCATED;
	rc = cxlmb_bg_op_status_rsp_decode(buf, rsp.len, CXLMB_STRICT, &s);
	if (rc)
		return rc;
	st->running = s.running != 0;
	st->percent = s.percent;
	st->opcode = s.opcode;
	st->rc = s.return_code;
	st->vendor_status = s.vendor_status;
	return CXLMB_E_OK;
}

int cxlmb_ep_bg_status(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	if (!ep || !ep->ops || !st)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(st, 0, sizeof(*st));
	if (ep->ops->bg_status)
		return ep->ops->bg_status(ep, st);
	return bg_status_msg(ep, st);
}

static bool ep_has_clock(const struct cxlmb_endpoint *ep)
{
	for (unsigned i = 0; ep && i <= CXLMB_TUNNEL_MAX_DEPTH; i++, ep = ep->parent)
		if (ep->ops && ep->ops->now_ns)
			return true;
	return false;
}

static bool ep_has_delay(const struct cxlmb_endpoint *ep)
{
	for (unsigned i = 0; ep && i <= CXLMB_TUNNEL_MAX_DEPTH; i++, ep = ep->parent)
		if (ep->ops && ep->ops->delay_ns)
			return true;
	return false;
}

/* The budget is measured as backend.h describes for the transport: by the
 * clock where there is one (a clock frozen across CXLMB_MBOX_STALL_POLLS
 * busy polls is broken), else by the delays asked for, else by the least
 * a status poll costs (one message: at least 1 us). */
int cxlmb_ep_bg_wait(struct cxlmb_endpoint *ep, uint16_t opcode, uint64_t timeout_ns,
		     struct cxlmb_bg_status *st)
{
	const uint64_t poll_ns = 10000, poll_cost_ns = 1000;
	bool clock, delay;
	uint64_t start, last, counted = 0;
	uint32_t stalls = 0;
	int rc;

	if (!ep || !st)
		return CXLMB_E_INVALID_ARG;
	clock = ep_has_clock(ep);
	delay = ep_has_delay(ep);
	start = last = cxlmb_ep_now_ns(ep);
	for (;;) {
		if ((rc = cxlmb_ep_bg_status(ep, st)) != 0)
			return rc;
		if (!st->running)
			break;
		if (clock) {
			uint64_t t = cxlmb_ep_now_ns(ep);
			if (t - start >= timeout_ns)
				return CXLMB_E_BG_TIMEOUT;
			stalls = t == last ? stalls + 1 : 0;
			last = t;
			if (!delay && stalls >= CXLMB_MBOX_STALL_POLLS)
				return CXLMB_E_BG_TIMEOUT;
		}
		if ((delay || !clock) && counted >= timeout_ns)
			return CXLMB_E_BG_TIMEOUT;
		if (delay) {
			cxlmb_ep_delay_ns(ep, poll_ns);
			counted += poll_ns;
		} else if (!clock) {
			counted += poll_cost_ns;
		}
	}
	/* finished: a success must say 100%, and it must be the operation we
	 * started (an aborted or failed one may end early: st->rc says so) */
	if ((st->rc == CXLMB_RC_SUCCESS && st->percent != 100) || (opcode && st->opcode != opcode))
		return CXLMB_E_BG_INCONSISTENT;
	return CXLMB_E_OK;
}
