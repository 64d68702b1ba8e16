/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Information and Status: 0002h Background Operation Status, 0003h/0004h
 * Get/Set Response Message Limit (r3.2 §8.2.10.1). */
#include "cxlmb/cmd_generic.h"

#define T struct cxlmb_bg_op_status_rsp
static const struct cxlmb_field cxlmb_bg_op_status_rsp_schema_fields[] = {
	CXLMB_BIT(T, running, 0x00, 1, 0),
	CXLMB_BITS_E(T, percent, 0x00, 1, 1, 7, 100),
	CXLMB_RSVD(0x01, 1),
	CXLMB_UF(T, opcode, 0x02, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, return_code, 0x04, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, vendor_status, 0x06, 2, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_bg_op_status_rsp_schema, T, CXLMB_BG_OP_STATUS_RSP_LEN, CXLMB_BG_OP_STATUS_RSP_LEN);
#undef T

#define T struct cxlmb_rsp_msg_limit
static const struct cxlmb_field cxlmb_rsp_msg_limit_schema_fields[] = {
	CXLMB_E(T, limit, 0x00, 1, 20),
};
CXLMB_SCHEMA(cxlmb_rsp_msg_limit_schema, T, CXLMB_RSP_MSG_LIMIT_LEN, CXLMB_RSP_MSG_LIMIT_LEN);
#undef T
