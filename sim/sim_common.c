/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Handlers every simulated CCI endpoint shares: Information and Status,
 * Logs, and the Tunnel Management Command. */
#include <string.h>

#include "sim_internal.h"

/* The largest message this CCI takes (log2): FM-owned LD and LD CCIs
 * reached by tunnels take 512-byte messages. */
static uint8_t max_msg_shift(const struct sim_ctx *c)
{
	return c->depth ? 9 : (uint8_t)c->s->cfg.payload_shift;
}

/* Each CCI its own serial number: the endpoint kind in the low byte, which
 * Type-3 device, LD or MLD above it (the mailbox device stays ...01h). */
static uint64_t serial(const struct sim_ctx *c)
{
	uint64_t idx = c->ep == CXLMB_SIM_EP_TYPE3 ? c->dev
		       : c->mld ? (uint64_t)(c->mld - c->s->mld) : 0;
	return 0x00C0FFEE00000001ull + c->ep + (idx << 8);
}

uint16_t cxlmb_sim_h_identify(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_identify_rsp *r = rsp;
	(void)req;
	r->vendor_id = 0x1E98; /* the CXL consortium's ID: no real vendor's part */
	r->device_id = c->ep == CXLMB_SIM_EP_SWITCH ? 0x0CB6 : 0x0CB5;
	r->subsys_vendor_id = 0x1E98;
	r->subsys_id = (uint16_t)(1 + c->ep);
	r->serial_number = serial(c);
	r->max_msg_size = max_msg_shift(c);
	r->component_type = c->ep == CXLMB_SIM_EP_SWITCH ? 0x00 : 0x03;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_bg_op_status(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_bg_op_status_rsp *r = rsp;
	(void)req;
	const struct cxlmb_sim_bg *bg = c->bg;
	r->running = bg->running;
	r->percent = bg->percent;
	r->opcode = bg->opcode;
	r->return_code = bg->rc;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_rsp_msg_limit(const struct sim_ctx *c, const void *req, void *rsp)
{
	uint8_t max = max_msg_shift(c);
	(void)req;
	/* never more than the message size Identify states for this CCI */
	((struct cxlmb_rsp_msg_limit *)rsp)->limit =
		c->t3->rsp_msg_limit < max ? c->t3->rsp_msg_limit : max;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_rsp_msg_limit(const struct sim_ctx *c, const void *req, void *rsp)
{
	uint8_t want = ((const struct cxlmb_rsp_msg_limit *)req)->limit;
	if (want < 8 || want > max_msg_shift(c))
		return CXLMB_RC_INVALID_INPUT;
	c->t3->rsp_msg_limit = want; /* this CCI's: each device has its own */
	((struct cxlmb_rsp_msg_limit *)rsp)->limit = want;
	return CXLMB_RC_SUCCESS;
}

/* Every endpoint has its CEL; the Type-3 endpoint also a vendor debug log. */
uint16_t cxlmb_sim_h_get_supported_logs(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_get_supported_logs_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(c);
	struct cxlmb_supported_log_entry e;
	size_t n;
	(void)req;
	if (cxlmb_sim_q_log_hidden(c->s, cxlmb_uuid_cel))
		return CXLMB_RC_SUCCESS; /* a device without a CEL lists no logs at all */
	memcpy(out, c->s->cel[c->ep].log_entry, CXLMB_SUPPORTED_LOG_ENTRY_LEN);
	r->count = 1;
	if (c->ep == CXLMB_SIM_EP_TYPE3) {
		memcpy(e.uuid, cxlmb_uuid_vendor_debug, 16);
		e.size = c->t3->dbg.len;
		if (cxlmb_supported_log_entry_encode(&e, out + CXLMB_SUPPORTED_LOG_ENTRY_LEN,
						     CXLMB_SUPPORTED_LOG_ENTRY_LEN, &n))
			return CXLMB_RC_INTERNAL;
		r->count = 2;
	}
	r->entries = (struct cxlmb_array){ out, r->count, NULL };
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_log(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_get_log_req *q = req;
	struct cxlmb_get_log_rsp *r = rsp;
	const uint8_t *log;
	uint32_t len;

	if (memcmp(q->uuid, cxlmb_uuid_cel, 16) == 0 && !cxlmb_sim_q_log_hidden(c->s, cxlmb_uuid_cel)) {
		log = c->s->cel[c->ep].bytes;
		len = c->s->cel[c->ep].len;
	} else if (c->ep == CXLMB_SIM_EP_TYPE3 && memcmp(q->uuid, cxlmb_uuid_vendor_debug, 16) == 0) {
		log = (const uint8_t *)c->t3->dbg.text;
		len = c->t3->dbg.len;
	} else {
		return CXLMB_RC_INVALID_LOG;
	}
	if (q->offset > len || q->length > len - q->offset || q->length > c->s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	r->data = (struct cxlmb_bytes){ log + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

/* 5300h: deliver the embedded request one level down and wrap its answer
 * (CXL r3.2 §7.6.7.3.1), where the topology table routes it: a switch
 * port to its MLD's FM-owned LD CCI or its SLD, an LD ID from there to
 * that LD, each LD a Type-3 device of its own; target type 1 from a
 * multi-headed device's head to its LD Pool CCI. */
uint16_t cxlmb_sim_h_tunnel(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_tunnel_req *q = req;
	struct cxlmb_tunnel_rsp *r = rsp;
	struct cxlmb_cci_msg in, out;
	struct sim_ctx child;
	uint8_t *inner, *msg;
	uint32_t cap = c->s->scratch_stride / 2 - CXLMB_CCI_HDR_LEN, olen = 0;
	size_t n = 0;
	uint16_t rc;

	if (cxlmb_cci_msg_decode(q->message.data, q->message.len, CXLMB_STRICT, &in) ||
	    in.category != CXLMB_CCI_REQUEST)
		return CXLMB_RC_INVALID_INPUT;
	if (c->depth + 1 >= CXLMB_TUNNEL_MAX_DEPTH)
		return CXLMB_RC_INVALID_INPUT;
	if (!cxlmb_sim_route(c, q->target_type, q->target_id, &child)) {
		if (!cxlmb_sim_q_breaks(c->s, SIM_RULE_TUNNEL_TARGET))
			return CXLMB_RC_INVALID_INPUT;
		r->response_length = 0; /* TUNNEL_SLOPPY: "delivered" to nobody */
		r->message = (struct cxlmb_bytes){ NULL, 0 };
		return CXLMB_RC_SUCCESS;
	}

	/* this level's scratch: inner payload in the first half, the wrapped
	 * message in the second (never overlapping the request it came in) */
	inner = cxlmb_sim_scratch(c);
	msg = inner + c->s->scratch_stride / 2;
	rc = cxlmb_sim_run_at(&child, cxlmb_cci_msg_opcode(&in), in.payload.data, in.payload.len,
			      inner, cap, &olen);
	if (rc != CXLMB_RC_SUCCESS && rc != CXLMB_RC_BACKGROUND &&
	    cxlmb_sim_q_breaks(c->s, SIM_RULE_ERROR_EMPTY)) {
		memset(inner, 0, 8); /* ERROR_OUTPUT: eight bytes of nothing */
		olen = 8;
	}
	out = (struct cxlmb_cci_msg){ .category = CXLMB_CCI_RESPONSE,
				      .tag = (uint8_t)(in.tag + (c->depth > 0 &&
						 cxlmb_sim_q_breaks(c->s, SIM_RULE_TUNNEL_TAG))),
				      .command = in.command, .command_set = in.command_set,
				      .bg = rc == CXLMB_RC_BACKGROUND, .rc = rc,
				      .payload = { inner, olen } };
	if (cxlmb_cci_msg_encode(&out, msg, c->s->scratch_stride / 2, &n))
		return CXLMB_RC_INTERNAL;
	r->response_length = (uint16_t)n;
	r->message = (struct cxlmb_bytes){ msg, (uint32_t)n };
	return CXLMB_RC_SUCCESS;
}
