/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Events: 0100h-0106h (CXL r3.2 §8.2.10.2). */
#include "cxlmb/cmd_events.h"
#include "cxlmb/cmd_generic.h"

/* left out of builds without the events set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_EVENTS))

#define T struct cxlmb_get_event_records_req
static const struct cxlmb_field cxlmb_get_event_records_req_schema_fields[] = {
	CXLMB_E(T, log, 0x00, 1, CXLMB_LOG_DCD),
};
CXLMB_SCHEMA(cxlmb_get_event_records_req_schema, T, 1, 1);
#undef T

/* Table 8-54 Common Event Record; 20h-24h were reserved before r3.1/r3.2. */
#define T struct cxlmb_event_record_hdr
static const struct cxlmb_field cxlmb_event_record_hdr_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_U(T, length, 0x10, 1),
	CXLMB_UF(T, flags, 0x11, 3, CXLMB_FF_HEX),
	CXLMB_UF(T, handle, 0x14, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, related_handle, 0x16, 2, CXLMB_FF_HEX),
	CXLMB_U(T, timestamp, 0x18, 8),
	CXLMB_U(T, maint_class, 0x20, 1),
	CXLMB_U(T, maint_subclass, 0x21, 1),
	CXLMB_U(T, ld_id, 0x22, 2),
	CXLMB_U(T, head_id, 0x24, 1),
	CXLMB_RSVD(0x25, 0x0B),
	CXLMB_BYTES(T, data, 0x30, 0x50),
};
CXLMB_SCHEMA(cxlmb_event_record_hdr_schema, T, CXLMB_EVENT_RECORD_LEN, CXLMB_EVENT_RECORD_LEN);
#undef T

/* Table 8-53 */
#define T struct cxlmb_get_event_records_rsp
static const struct cxlmb_field cxlmb_get_event_records_rsp_schema_fields[] = {
	CXLMB_BIT(T, overflow, 0x00, 1, 0),
	CXLMB_BIT(T, more_records, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, overflow_err_count, 0x02, 2),
	CXLMB_U(T, first_overflow_ts, 0x04, 8),
	CXLMB_U(T, last_overflow_ts, 0x0C, 8),
	CXLMB_U(T, count, 0x14, 2),
	CXLMB_RSVD(0x16, 0x0A),
	CXLMB_ARRAY(T, records, 0x20, count, cxlmb_event_record_hdr_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_event_records_rsp_schema, T, CXLMB_GET_EVENT_RECORDS_RSP_MIN, 0,
		    cxlmb_event_records_rsp_hooks);
#undef T

#define T struct cxlmb_event_handle
static const struct cxlmb_field cxlmb_event_handle_schema_fields[] = {
	CXLMB_UF(T, handle, 0x00, 2, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_event_handle_schema, T, 2, 2);
#undef T

/* Table 8-55 */
#define T struct cxlmb_clear_event_records_req
static const struct cxlmb_field cxlmb_clear_event_records_req_schema_fields[] = {
	CXLMB_E(T, log, 0x00, 1, CXLMB_LOG_DCD),
	CXLMB_BIT(T, clear_all, 0x01, 1, 0),
	CXLMB_RSVD_BITS(0x01, 1, 0xFE),
	CXLMB_U(T, count, 0x02, 1),
	CXLMB_RSVD(0x03, 3),
	CXLMB_ARRAY(T, handles, 0x06, count, cxlmb_event_handle_schema),
};
CXLMB_SCHEMA(cxlmb_clear_event_records_req_schema, T, CXLMB_CLEAR_EVENT_RECORDS_REQ_MIN, 0);
#undef T

/* Table 8-56: 1:0 mode (0 none, 1 MSI/MSI-X, 2 FW interrupt), 7:4 message
 * number, 3:2 reserved; the DCD byte is optional (r3.1). */
#define POLICY_BYTE(mode, msg, off)                                                   \
	CXLMB_BITS_E(T, mode, off, 1, 0, 2, 2), CXLMB_RSVD_BITS(off, 1, 0x0C),       \
	CXLMB_BITS(T, msg, off, 1, 4, 4)
#define T struct cxlmb_event_int_policy
static const struct cxlmb_field cxlmb_event_int_policy_schema_fields[] = {
	POLICY_BYTE(info_mode, info_msgnum, 0x00),
	POLICY_BYTE(warn_mode, warn_msgnum, 0x01),
	POLICY_BYTE(fail_mode, fail_msgnum, 0x02),
	POLICY_BYTE(fatal_mode, fatal_msgnum, 0x03),
	POLICY_BYTE(dcd_mode, dcd_msgnum, 0x04),
};
CXLMB_SCHEMA(cxlmb_event_int_policy_schema, T, 4, 5);
#undef T
#undef POLICY_BYTE

#define T struct cxlmb_mctp_event_int_policy
static const struct cxlmb_field cxlmb_mctp_event_int_policy_schema_fields[] = {
	CXLMB_UF(T, event_interrupt_settings, 0x00, 2, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_mctp_event_int_policy_schema, T, 2, 2);
#undef T

#define T struct cxlmb_event_notification_req
static const struct cxlmb_field cxlmb_event_notification_req_schema_fields[] = {
	CXLMB_UF(T, event, 0x00, 2, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_event_notification_req_schema, T, 2, 2);
#undef T

/* 0107h (r3.2 Table 8-71): Event bits 14:5 reserved; Flags bit 0 and 15:6
 * reserved; notification types Table 8-72 */
#define T struct cxlmb_gfd_event_notification_req
static const struct cxlmb_field cxlmb_gfd_event_notification_req_schema_fields[] = {
	CXLMB_UF(T, pbr_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_BITSF(T, event_logs, 0x02, 2, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x02, 2, 0x7FE0),
	CXLMB_BIT(T, bg_completed, 0x02, 2, 15),
	CXLMB_E(T, notification_type, 0x04, 1, 0x0A),
	CXLMB_UF(T, trigger, 0x05, 1, CXLMB_FF_HEX),
	CXLMB_BITSF(T, rpid, 0x06, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x06, 2, 0xF000),
	CXLMB_UF(T, dpa, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, hpa, 0x10, 8, CXLMB_FF_HEX),
	CXLMB_U(T, grp_id, 0x18, 2),
	CXLMB_BITS(T, mem_req_opcode, 0x1A, 1, 0, 4),
	CXLMB_RSVD_BITS(0x1A, 1, 0xF0),
	CXLMB_RSVD(0x1B, 1),
	CXLMB_RSVD_BITS(0x1C, 2, 0xFFC1),
	CXLMB_BIT(T, request_associated, 0x1C, 2, 1),
	CXLMB_BIT(T, dpa_valid, 0x1C, 2, 2),
	CXLMB_BIT(T, hpa_valid, 0x1C, 2, 3),
	CXLMB_BIT(T, grp_id_valid, 0x1C, 2, 4),
	CXLMB_BIT(T, mem_opcode_valid, 0x1C, 2, 5),
	CXLMB_UF(T, event_record_handle, 0x1E, 2, CXLMB_FF_HEX),
	CXLMB_U(T, timestamp, 0x20, 8),
};
CXLMB_SCHEMA(cxlmb_gfd_event_notification_req_schema, T, 0x28, 0x28);
#undef T

/* 0108h (r3.2 Table 8-74): Flags bit 1 is hardwired to 1, bits 0, 4, 15:6
 * reserved */
#define T struct cxlmb_gfd_gae_notification_req
static const struct cxlmb_field cxlmb_gfd_gae_notification_req_schema_fields[] = {
	CXLMB_UF(T, pbr_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_E(T, notification_type, 0x02, 1, 0x0A),
	CXLMB_BITS(T, mem_req_opcode, 0x03, 1, 0, 4),
	CXLMB_RSVD_BITS(0x03, 1, 0xF0),
	CXLMB_RSVD_BITS(0x04, 2, 0xFFD1),
	CXLMB_FLD_("request_associated", CXLMB_F_UINT, 0x04, 2, T, request_associated, 1, 1,
		   CXLMB_FF_BOOL | CXLMB_FF_NONZERO, 0),
	CXLMB_BIT(T, dpa_valid, 0x04, 2, 2),
	CXLMB_BIT(T, hpa_valid, 0x04, 2, 3),
	CXLMB_BIT(T, mem_opcode_valid, 0x04, 2, 5),
	CXLMB_BITSF(T, rpid, 0x06, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x06, 2, 0xF000),
	CXLMB_UF(T, dpa, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, hpa, 0x10, 8, CXLMB_FF_HEX),
	CXLMB_U(T, timestamp, 0x18, 8),
};
CXLMB_SCHEMA(cxlmb_gfd_gae_notification_req_schema, T, 0x20, 0x20);
#undef T

/* 0109h (r3.2 Table 8-75, r3.1 Table 8-63): bits 4:2 and 55:52 reserved;
 * 63:56 the Head Index (r3.1's row: the r3.2 renderings read end at 55:52) */
#define T struct cxlmb_get_gam_buffer_rsp
static const struct cxlmb_field cxlmb_get_gam_buffer_rsp_schema_fields[] = {
	CXLMB_BIT(T, valid, 0x00, 8, 0),
	CXLMB_BIT(T, overflow, 0x00, 8, 1),
	CXLMB_ADDR(T, buffer_addr, 0x00, 8, 5, 47),
	CXLMB_BITS(T, head_index, 0x00, 8, 56, 8),
	CXLMB_RSVD_BITS(0x00, 8, 0x1C),
	CXLMB_RSVD_BITS_AT(0x00, 8, 0xF, 52),
};
CXLMB_SCHEMA(cxlmb_get_gam_buffer_rsp_schema, T, 8, 8);
#undef T

/* 010Ah (r3.2 Table 8-76) */
#define T struct cxlmb_set_gam_buffer_req
static const struct cxlmb_field cxlmb_set_gam_buffer_req_schema_fields[] = {
	CXLMB_BIT(T, valid, 0x00, 8, 0),
	CXLMB_BIT(T, clear_overflow, 0x00, 8, 1),
	CXLMB_ADDR(T, buffer_addr, 0x00, 8, 5, 47),
	CXLMB_BITS(T, tail_index, 0x00, 8, 56, 8),
	CXLMB_RSVD_BITS(0x00, 8, 0x1C),
	CXLMB_RSVD_BITS_AT(0x00, 8, 0xF, 52),
};
CXLMB_SCHEMA(cxlmb_set_gam_buffer_req_schema, T, 8, 8);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
