/* Handlers every simulated CCI endpoint shares: Information and Status,
 * Logs, and the Tunnel Management Command. */
#include <string.h>

#include "sim_internal.h"

uint16_t cxlmb_sim_h_identify(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_identify_rsp *r = rsp;
	(void)req;
	r->vendor_id = 0x1E98; /* the CXL consortium's ID: no real vendor's part */
	r->device_id = s->ep == CXLMB_SIM_EP_SWITCH ? 0x0CB6 : 0x0CB5;
	r->subsys_vendor_id = 0x1E98;
	r->subsys_id = (uint16_t)(1 + s->ep);
	r->serial_number = 0x00C0FFEE00000001ull + s->ep;
	/* FM-owned LD and LD CCIs reached by tunnels take 512-byte messages */
	r->max_msg_size = s->depth ? 9 : (uint8_t)s->cfg.payload_shift;
	r->component_type = s->ep == CXLMB_SIM_EP_SWITCH ? 0x00 : 0x03;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_bg_op_status(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_bg_op_status_rsp *r = rsp;
	(void)req;
	const struct cxlmb_sim_bg *bg = cxlmb_sim_cur_bg(s);
	r->running = bg->running;
	r->percent = bg->percent;
	r->opcode = bg->opcode;
	r->return_code = bg->rc;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp)
{
	(void)req;
	((struct cxlmb_rsp_msg_limit *)rsp)->limit = s->rsp_msg_limit;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_set_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp)
{
	uint8_t want = ((const struct cxlmb_rsp_msg_limit *)req)->limit;
	if (want < 8 || want > s->cfg.payload_shift)
		return CXLMB_RC_INVALID_INPUT;
	s->rsp_msg_limit = want;
	((struct cxlmb_rsp_msg_limit *)rsp)->limit = want;
	return CXLMB_RC_SUCCESS;
}

/* Every endpoint has its CEL; the Type-3 endpoint also a vendor debug log. */
uint16_t cxlmb_sim_h_get_supported_logs(struct cxlmb_sim *s, const void *req, void *rsp)
{
	struct cxlmb_get_supported_logs_rsp *r = rsp;
	uint8_t *out = cxlmb_sim_scratch(s);
	struct cxlmb_supported_log_entry e;
	size_t n;
	(void)req;
	if (s->cfg.quirks & CXLMB_SIM_Q(CEL_MISSING))
		return CXLMB_RC_SUCCESS; /* no logs at all */
	memcpy(out, s->cel[s->ep].log_entry, CXLMB_SUPPORTED_LOG_ENTRY_LEN);
	r->count = 1;
	if (s->ep == CXLMB_SIM_EP_TYPE3) {
		memcpy(e.uuid, cxlmb_uuid_vendor_debug, 16);
		e.size = T3(s)->dbg.len;
		if (cxlmb_supported_log_entry_encode(&e, out + CXLMB_SUPPORTED_LOG_ENTRY_LEN,
						     CXLMB_SUPPORTED_LOG_ENTRY_LEN, &n))
			return CXLMB_RC_INTERNAL;
		r->count = 2;
	}
	r->entries = (struct cxlmb_array){ out, r->count, NULL };
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_log(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_get_log_req *q = req;
	struct cxlmb_get_log_rsp *r = rsp;
	const uint8_t *log;
	uint32_t len;

	if (memcmp(q->uuid, cxlmb_uuid_cel, 16) == 0 && !(s->cfg.quirks & CXLMB_SIM_Q(CEL_MISSING))) {
		log = s->cel[s->ep].bytes;
		len = s->cel[s->ep].len;
	} else if (s->ep == CXLMB_SIM_EP_TYPE3 && memcmp(q->uuid, cxlmb_uuid_vendor_debug, 16) == 0) {
		log = (const uint8_t *)T3(s)->dbg.text;
		len = T3(s)->dbg.len;
	} else {
		return CXLMB_RC_INVALID_LOG;
	}
	if (q->offset > len || q->length > len - q->offset || q->length > s->payload_size)
		return CXLMB_RC_INVALID_INPUT;
	r->data = (struct cxlmb_bytes){ log + q->offset, q->length };
	return CXLMB_RC_SUCCESS;
}

/* 5300h: deliver the embedded request one level down and wrap its answer
 * (CXL r3.2 §7.6.7.3.1).  Switch port 1 leads to the MLD's FM-owned LD CCI;
 * from there an LD ID leads to that LD. */
uint16_t cxlmb_sim_h_tunnel(struct cxlmb_sim *s, const void *req, void *rsp)
{
	const struct cxlmb_tunnel_req *q = req;
	struct cxlmb_tunnel_rsp *r = rsp;
	struct cxlmb_cci_msg in, out;
	uint8_t *inner, *msg;
	uint32_t cap = s->scratch_stride / 2 - CXLMB_CCI_HDR_LEN, olen = 0;
	unsigned child, saved_ld = s->ld;
	size_t n = 0;
	uint16_t rc;

	if (cxlmb_cci_msg_decode(q->message.data, q->message.len, CXLMB_STRICT, &in) ||
	    in.category != CXLMB_CCI_REQUEST || q->target_type != 0)
		return CXLMB_RC_INVALID_INPUT;
	if (s->ep == CXLMB_SIM_EP_SWITCH && q->target_id == CXLMB_SIM_MLD_PORT)
		child = CXLMB_SIM_EP_FMLD;
	else if (s->ep == CXLMB_SIM_EP_FMLD && q->target_id < CXLMB_SIM_MLD_LDS)
		child = CXLMB_SIM_EP_TYPE3;
	else
		return CXLMB_RC_INVALID_INPUT;
	if (s->depth + 1 >= CXLMB_TUNNEL_MAX_DEPTH)
		return CXLMB_RC_INVALID_INPUT;

	/* this level's scratch: inner payload in the first half, the wrapped
	 * message in the second (never overlapping the request it came in) */
	inner = cxlmb_sim_scratch(s);
	msg = inner + s->scratch_stride / 2;
	s->depth++;
	if (child == CXLMB_SIM_EP_TYPE3)
		s->ld = q->target_id; /* each LD is a Type-3 device of its own */
	rc = cxlmb_sim_run(s, child, cxlmb_cci_msg_opcode(&in), in.payload.data, in.payload.len,
			   inner, cap, &olen);
	s->ld = saved_ld;
	s->depth--;
	out = (struct cxlmb_cci_msg){ .category = CXLMB_CCI_RESPONSE, .tag = in.tag,
				      .command = in.command, .command_set = in.command_set,
				      .bg = rc == CXLMB_RC_BACKGROUND, .rc = rc,
				      .payload = { inner, olen } };
	if (cxlmb_cci_msg_encode(&out, msg, s->scratch_stride / 2, &n))
		return CXLMB_RC_INTERNAL;
	r->response_length = (uint16_t)n;
	r->message = (struct cxlmb_bytes){ msg, (uint32_t)n };
	return CXLMB_RC_SUCCESS;
}
