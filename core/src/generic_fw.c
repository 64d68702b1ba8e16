/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Firmware Update 0200h-0202h and Timestamp 0300h-0301h (CXL r3.2 §8.2.10.3-4). */
#include "cxlmb/cmd_generic.h"

/* left out of builds without the FW_UPDATE, TIMESTAMP sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_FW_UPDATE) && defined(CXLMB_NO_SET_TIMESTAMP))

/* Table 8-58 */
#define T struct cxlmb_get_fw_info_rsp
static const struct cxlmb_field cxlmb_get_fw_info_rsp_schema_fields[] = {
	CXLMB_U(T, slots_supported, 0x00, 1),
	CXLMB_BITS(T, active_slot, 0x01, 1, 0, 3),
	CXLMB_BITS(T, staged_slot, 0x01, 1, 3, 3),
	CXLMB_RSVD_BITS(0x01, 1, 0xC0),
	CXLMB_BIT(T, online_activation, 0x02, 1, 0),
	CXLMB_RSVD_BITS(0x02, 1, 0xFE),
	CXLMB_RSVD(0x03, 0x0D),
	CXLMB_ASCII(T, slot_rev[0], 0x10, 16),
	CXLMB_ASCII(T, slot_rev[1], 0x20, 16),
	CXLMB_ASCII(T, slot_rev[2], 0x30, 16),
	CXLMB_ASCII(T, slot_rev[3], 0x40, 16),
};
CXLMB_SCHEMA(cxlmb_get_fw_info_rsp_schema, T, CXLMB_GET_FW_INFO_RSP_LEN, CXLMB_GET_FW_INFO_RSP_LEN);
#undef T

/* Table 8-59: the image follows a 128-byte header */
#define T struct cxlmb_transfer_fw_req
static const struct cxlmb_field cxlmb_transfer_fw_req_schema_fields[] = {
	CXLMB_E(T, action, 0x00, 1, CXLMB_FW_ABORT),
	CXLMB_U(T, slot, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, offset, 0x04, 4),
	CXLMB_RSVD(0x08, 0x78),
	CXLMB_TAIL(T, data, 0x80, 0),
};
CXLMB_SCHEMA(cxlmb_transfer_fw_req_schema, T, CXLMB_TRANSFER_FW_REQ_MIN, 0);
#undef T

/* Table 8-60 */
#define T struct cxlmb_activate_fw_req
static const struct cxlmb_field cxlmb_activate_fw_req_schema_fields[] = {
	CXLMB_E(T, action, 0x00, 1, 1),
	CXLMB_U(T, slot, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_activate_fw_req_schema, T, 2, 2);
#undef T

/* Tables 8-61, 8-62 */
#define T struct cxlmb_timestamp
static const struct cxlmb_field cxlmb_timestamp_schema_fields[] = {
	CXLMB_U(T, timestamp, 0x00, 8),
};
CXLMB_SCHEMA(cxlmb_timestamp_schema, T, 8, 8);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
