/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Typed calls: encode (or check) the request, send it through the command
 * layer, decode the answer strictly with the request as context. */
#include "cxlmb/call.h"
#include "cxlmb/error.h"

const char *cxlmb_call_stage_name(unsigned stage)
{
	static const char *const names[] = { "request", "policy", "transport",
					     "device",  "response", "done" };
	return stage < CXLMB_ARRAY_SIZE(names) ? names[stage] : "unknown";
}

/* The request as bytes: encoded from the typed value, or the caller's
 * bytes checked against the request layout (unless RAW). */
static int request_bytes(struct cxlmb_call *call, struct cxlmb_request *req)
{
	req->opcode = call->opcode;
	if (call->req) {
		size_t n = 0;
		int rc = cxlmb_cmd_encode(call->cmd, CXLMB_REQ, call->req, call->req_buf,
					  call->req_cap, &n);
		req->payload = call->req_buf;
		req->len = n;
		return rc;
	}
	req->payload = call->req_bytes;
	req->len = call->req_len;
	if (!(call->call_flags & CXLMB_CALL_RAW)) {
		_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
		return cxlmb_cmd_decode(call->cmd, CXLMB_REQ, req->payload, req->len, CXLMB_STRICT,
					val);
	}
	return CXLMB_E_OK;
}

int cxlmb_call(struct cxlmb_endpoint *ep, struct cxlmb_call *call)
{
	struct cxlmb_request req;
	int rc;

	if (!call)
		return CXLMB_E_INVALID_ARG;
	call->stage = CXLMB_STAGE_REQUEST;
	if (!ep || (call->req && !call->req_buf) || (call->req_len && !call->req_bytes))
		return CXLMB_E_INVALID_ARG;
	call->cmd = cxlmb_cmd_find(call->opcode);
	if (!call->cmd)
		return CXLMB_E_UNKNOWN_OPCODE;
	if ((rc = request_bytes(call, &req)) != 0)
		return rc;
	call->stage = CXLMB_STAGE_POLICY;
	rc = cxlmb_ep_send(ep, &req, &call->rsp, &call->verdict);
	if (rc == CXLMB_E_DENIED)
		return rc;
	call->stage = CXLMB_STAGE_TRANSPORT;
	if (rc)
		return rc;
	if (call->rsp.reported_len > call->rsp.len)
		return CXLMB_E_OUTPUT_TRUNCATED;
	call->stage = CXLMB_STAGE_DEVICE;
	if ((rc = cxlmb_response_err(&call->rsp)) != 0)
		return rc;
	call->stage = CXLMB_STAGE_RESPONSE;
	/* every answer is decoded, kept or not: a response that does not
	 * decode fails the call that received it; an empty answer to a command
	 * that has none is complete as it is */
	if (!(call->rsp.len == 0 && cxlmb_cmd_max_len(call->cmd, CXLMB_RSP) == 0)) {
		_Alignas(8) uint8_t scratch[CXLMB_CMD_STRUCT_MAX];
		rc = cxlmb_cmd_decode_rsp(call->cmd, req.payload, req.len, call->rsp.buf,
					  call->rsp.len, call->flags,
					  call->rsp_val ? call->rsp_val : scratch);
		if (rc)
			return rc;
	}
	call->stage = CXLMB_STAGE_DONE;
	return CXLMB_E_OK;
}
