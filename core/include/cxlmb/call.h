/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Typed calls over the command layer: encode a request with the catalog,
 * send it through an endpoint (the gate decides first), and decode the
 * answer strictly with the request as context (some answers are sized by
 * the request).  The one function the CLI, the conformance suite, the
 * stateful fuzz target and the tests send commands with. */
#ifndef CXLMB_CALL_H
#define CXLMB_CALL_H

#include "catalog.h"
#include "endpoint.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Where a call stopped (struct cxlmb_call.stage). */
enum cxlmb_call_stage {
	CXLMB_STAGE_REQUEST = 0,   /* the request did not encode or decode */
	CXLMB_STAGE_POLICY = 1,    /* the gate refused it: nothing was sent */
	CXLMB_STAGE_TRANSPORT = 2, /* the transport or a tunnel level failed */
	CXLMB_STAGE_DEVICE = 3,    /* the device answered an error return code */
	CXLMB_STAGE_RESPONSE = 4,  /* the response did not decode */
	CXLMB_STAGE_DONE = 5,      /* success: rsp_val holds the decoded response */
};

/* call_flags */
#define CXLMB_CALL_RAW 0x01u /* send req_bytes even if they do not decode as the request */

struct cxlmb_call {
	/* in */
	uint16_t opcode;
	const void *req;          /* typed request (cxlmb_cmd_decode's shape), or NULL */
	const uint8_t *req_bytes; /* ... or the request payload as bytes (req == NULL) */
	size_t req_len;
	uint8_t *req_buf;         /* where a typed request is encoded */
	size_t req_cap;
	unsigned flags;           /* response decode flags (CXLMB_STRICT, ...) */
	unsigned call_flags;      /* CXLMB_CALL_* */
	void *rsp_val;            /* decoded response: CXLMB_CMD_STRUCT_MAX bytes, 8-aligned;
				     NULL: decoded (checked) but not kept */
	struct cxlmb_response rsp; /* set rsp.buf / rsp.cap */
	/* out */
	const struct cxlmb_cmd *cmd; /* the catalog row */
	uint8_t stage;               /* enum cxlmb_call_stage */
	struct cxlmb_verdict verdict;
};

/* Run one call.  Returns CXLMB_E_OK (stage DONE), or the error of the
 * stage it stopped at: UNKNOWN_OPCODE or a codec error (REQUEST), DENIED
 * (POLICY), a transport error or ROUTE (TRANSPORT), DEVICE_RC (DEVICE:
 * rsp.rc), a codec error (RESPONSE).  A response with no payload to decode
 * (an error, or an empty answer) leaves rsp_val untouched. */
int cxlmb_call(struct cxlmb_endpoint *ep, struct cxlmb_call *call);

/* Name of a stage ("request", "policy", ...). */
const char *cxlmb_call_stage_name(unsigned stage);

#ifdef __cplusplus
}
#endif

#endif
