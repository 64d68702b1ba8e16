/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* CCI messages (MCTP transport and tunnels) and Tunnel Management nesting
 * (CXL r3.2 §7.6.3 CCI Message Format, §7.6.7.3.1 Tunnel Management Command).
 *
 * Header, 12 bytes: 00 category 3:0 (0 request, 1 response); 01 tag; 02
 * reserved; 03 command; 04 command set; 05-07 payload length 20:0, 22:21
 * reserved, 23 background operation; 08 return code; 0A vendor extended
 * status; 0C payload.  The length is 21 bits (r3.2 Table 7-14: Message
 * Payload Length[15:0] at 05h, [20:16] in bits 4:0 of 07h), like the mailbox
 * Command register; QEMU and libcxlmi model 20. */
#ifndef CXLMB_CCI_H
#define CXLMB_CCI_H

#include "catalog.h"
#include "cmd_fmapi.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CXLMB_CCI_HDR_LEN 12u
#define CXLMB_CCI_REQUEST 0u
#define CXLMB_CCI_RESPONSE 1u
#define CXLMB_OPCODE_TUNNEL 0x5300u

/* Nesting bound for Tunnel Management Commands (compile-time). */
#ifndef CXLMB_TUNNEL_MAX_DEPTH
#define CXLMB_TUNNEL_MAX_DEPTH 4
#endif

struct cxlmb_cci_msg {
	uint8_t category;
	uint8_t tag;
	uint8_t command;
	uint8_t command_set;
	uint32_t payload_len; /* must equal payload.len */
	uint8_t bg;           /* background operation started */
	uint16_t rc;
	uint16_t vendor_status;
	struct cxlmb_bytes payload;
};
extern const struct cxlmb_schema cxlmb_cci_msg_schema;
/* The header alone (payload_len encoded as given, no payload). */
extern const struct cxlmb_schema cxlmb_cci_hdr_schema;
/* The 4-byte 5300h request / response headers alone (no message). */
extern const struct cxlmb_schema cxlmb_tunnel_req_hdr_schema;
extern const struct cxlmb_schema cxlmb_tunnel_rsp_hdr_schema;

/* Total decode of one message: TRUNCATED under 12 bytes, BAD_LENGTH when the
 * header's length disagrees with the bytes present, BAD_CATEGORY for a
 * category other than request/response, RESERVED_SET (strict). */
int cxlmb_cci_msg_decode(const uint8_t *buf, size_t len, unsigned flags, struct cxlmb_cci_msg *out);
/* Encode; payload_len is taken from payload.len. */
int cxlmb_cci_msg_encode(const struct cxlmb_cci_msg *m, uint8_t *buf, size_t cap, size_t *out_len);
static inline uint16_t cxlmb_cci_msg_opcode(const struct cxlmb_cci_msg *m)
{
	return (uint16_t)((unsigned)m->command_set << 8 | m->command);
}
/* Does rsp answer req?  BAD_CATEGORY or TAG_MISMATCH (tag, command, set). */
int cxlmb_cci_match(const struct cxlmb_cci_msg *req, const struct cxlmb_cci_msg *rsp);

/* One hop of a tunnel path: a switch port / LD ID and the target type. */
struct cxlmb_tunnel_hop {
	uint8_t target_id;
	uint8_t target_type;
};

/* The outer 5300h request payload that carries (opcode, payload) through
 * depth hops (1..CXLMB_TUNNEL_MAX_DEPTH).  DEPTH beyond the bound;
 * VALUE_RANGE when a level's command size overflows its 16-bit field;
 * BAD_ENUM for a hop whose target type is not defined (Table 7-37). */
int cxlmb_tunnel_wrap(const struct cxlmb_tunnel_hop *path, unsigned depth, uint8_t tag,
		      uint16_t opcode, const uint8_t *payload, size_t len, uint8_t *buf, size_t cap,
		      size_t *out_len);

struct cxlmb_tunnel_result {
	unsigned level;             /* 1-based level reached (where an error was found) */
	uint16_t rc;                /* innermost return code (or the failing level's) */
	uint16_t vendor_status;
	uint8_t bg;
	struct cxlmb_bytes payload; /* innermost response payload, inside the caller's buffer */
};

/* Walk an outer 5300h response payload down depth levels, iteratively,
 * checking each level's length against its parent, category, tag and
 * command (5300h above the bottom, opcode at the bottom).  A non-success
 * return code at an intermediate level ends the walk there: CXLMB_E_ROUTE,
 * with that level in res->level and its code in res->rc.  CXLMB_E_OK means
 * the bottom level answered (res->rc is its return code).  The innermost
 * payload is not decoded here (the caller decodes it with its request). */
int cxlmb_tunnel_unwrap_rsp(const uint8_t *buf, size_t len, unsigned depth, uint8_t tag,
			    uint16_t opcode, unsigned flags, struct cxlmb_tunnel_result *res);

/* Device side: one level of a 5300h request into its target and the
 * embedded request message. */
int cxlmb_tunnel_unwrap_req(const uint8_t *buf, size_t len, unsigned flags,
			    struct cxlmb_tunnel_hop *hop, struct cxlmb_cci_msg *inner);
/* Device side: one level of 5300h response around an inner response message. */
int cxlmb_tunnel_wrap_rsp(const struct cxlmb_cci_msg *inner, uint8_t *buf, size_t cap,
			  size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
