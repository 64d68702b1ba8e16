/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The tunnel route endpoint: one Tunnel Management Command hop (CXL r3.2
 * §7.6.7.3.1, Tables 7-30/7-31) through a parent endpoint.  Chains of
 * routes make paths of any depth up to CXLMB_TUNNEL_MAX_DEPTH. */
#include "cxlmb/endpoint.h"
#include "cxlmb/error.h"
#include "ep_internal.h"

/* left out of builds without the mld port set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_MLD_PORT))

static int route_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		      struct cxlmb_response *rsp)
{
	/* the scratch holds the wrapped request, then (once it is sent) the
	 * wrapped response: the caller's buffer need only fit the inner payload */
	struct cxlmb_response outer = { .buf = ep->scratch, .cap = ep->scratch_cap };
	struct cxlmb_request wrapped = { CXLMB_OPCODE_TUNNEL, ep->scratch, 0 };
	struct cxlmb_tunnel_result tr;
	uint8_t tag = ep->tag++;
	int rc;

	rc = cxlmb_tunnel_wrap(&ep->hop, 1, tag, req->opcode, req->payload, req->len, ep->scratch,
			       ep->scratch_cap, &wrapped.len);
	if (rc)
		return rc == CXLMB_E_BUF_TOO_SMALL ? CXLMB_E_INPUT_TOO_LARGE : rc;
	rc = cxlmb_ep_raw_send(ep->parent, &wrapped, &outer);
	if (rc) {
		/* a level above failed: pass its answer on */
		rsp->rc = outer.rc;
		rsp->vendor_status = outer.vendor_status;
		rsp->fail_level = outer.fail_level;
		return rc;
	}
	if (outer.rc != CXLMB_RC_SUCCESS) {
		/* the 5300h itself was refused by the level above this hop */
		rsp->rc = outer.rc;
		rsp->vendor_status = outer.vendor_status;
		rsp->fail_level = (uint8_t)(ep->depth - 1);
		return CXLMB_E_ROUTE;
	}
	if (outer.reported_len > outer.len)
		return CXLMB_E_OUTPUT_TRUNCATED;
	rc = cxlmb_tunnel_unwrap_rsp(outer.buf, outer.len, 1, tag, req->opcode, CXLMB_STRICT, &tr);
	if (rc)
		return rc;
	rsp->rc = tr.rc;
	rsp->vendor_status = tr.vendor_status;
	rsp->bg_started = tr.bg != 0;
	rsp->reported_len = tr.payload.len;
	rsp->len = tr.payload.len < rsp->cap ? tr.payload.len : rsp->cap;
	if (rsp->len)
		cxlmb_memcpy(rsp->buf, tr.payload.data, rsp->len);
	return CXLMB_E_OK;
}

static const struct cxlmb_endpoint_ops route_ops = {
	.send = route_send,
	/* bg_status: 0002h through the route; clock and delay: the parent's */
};

int cxlmb_ep_route_init(struct cxlmb_endpoint *ep, struct cxlmb_endpoint *parent,
			struct cxlmb_tunnel_hop hop, uint8_t *scratch, size_t scratch_cap)
{
	/* CXL r3.2 Table 7-30: target type 0 (port or LD), 1 (LD-pool CCI) */
	if (!ep || !parent || !parent->ops || !scratch || hop.target_type > 1)
		return CXLMB_E_INVALID_ARG;
	if (parent->depth >= CXLMB_TUNNEL_MAX_DEPTH)
		return CXLMB_E_DEPTH;
	cxlmb_memset(ep, 0, sizeof(*ep));
	ep->ops = &route_ops;
	ep->parent = parent;
	ep->kind = CXLMB_EPK_ROUTE;
	ep->depth = (uint8_t)(parent->depth + 1);
	ep->hop = hop;
	ep->scratch = scratch;
	ep->scratch_cap = scratch_cap;
	ep->tag = 1;
	/* the wrapped request adds a tunnel header (4) and a CCI header (12) */
	ep->max_payload = parent->max_payload > 16u ? parent->max_payload - 16u : 0;
	return CXLMB_E_OK;
}

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
