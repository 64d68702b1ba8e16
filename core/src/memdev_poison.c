/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Media and Poison Management 4300h-4305h (CXL r3.2 §8.2.10.9.4). */
#include "cxlmb/cmd_memdev.h"

/* DPAs are 64-byte aligned: bits 5:0 are reserved */
#define T struct cxlmb_dpa_range
static const struct cxlmb_field cxlmb_dpa_range_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, length, 0x08, 8),
};
CXLMB_SCHEMA(cxlmb_dpa_range_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_media_error_record
static const struct cxlmb_field cxlmb_media_error_record_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x38),
	CXLMB_FLD_("source", CXLMB_F_UINT, 0x00, 8, T, source, 0, 3, CXLMB_FF_ENUM_MASK, 0x8F),
	CXLMB_U(T, length, 0x08, 4),
	CXLMB_RSVD(0x0C, 4),
};
CXLMB_SCHEMA(cxlmb_media_error_record_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_get_poison_list_rsp
static const struct cxlmb_field cxlmb_get_poison_list_rsp_schema_fields[] = {
	CXLMB_BIT(T, more_records, 0x00, 1, 0),
	CXLMB_BIT(T, overflow, 0x00, 1, 1),
	CXLMB_BIT(T, scan_in_progress, 0x00, 1, 2),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, overflow_ts, 0x02, 8),
	CXLMB_U(T, count, 0x0A, 2),
	CXLMB_RSVD(0x0C, 0x14),
	CXLMB_ARRAY(T, records, 0x20, 6, cxlmb_media_error_record_schema),
};
CXLMB_SCHEMA(cxlmb_get_poison_list_rsp_schema, T, 0x20, 0);
#undef T

#define T struct cxlmb_inject_poison_req
static const struct cxlmb_field cxlmb_inject_poison_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
};
CXLMB_SCHEMA(cxlmb_inject_poison_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_clear_poison_req
static const struct cxlmb_field cxlmb_clear_poison_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_BYTES(T, write_data, 0x08, 64),
};
CXLMB_SCHEMA(cxlmb_clear_poison_req_schema, T, 0x48, 0x48);
#undef T

#define T struct cxlmb_scan_media_caps_rsp
static const struct cxlmb_field cxlmb_scan_media_caps_rsp_schema_fields[] = {
	CXLMB_U(T, estimated_scan_time_ms, 0x00, 4),
};
CXLMB_SCHEMA(cxlmb_scan_media_caps_rsp_schema, T, 4, 4);
#undef T

#define T struct cxlmb_scan_media_req
static const struct cxlmb_field cxlmb_scan_media_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, length, 0x08, 8),
	CXLMB_BIT(T, no_event_log, 0x10, 1, 0),
	CXLMB_RSVD_BITS(0x10, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_scan_media_req_schema, T, 0x11, 0x11);
#undef T

#define T struct cxlmb_scan_media_results_rsp
static const struct cxlmb_field cxlmb_scan_media_results_rsp_schema_fields[] = {
	CXLMB_ADDR(T, restart_dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, restart_length, 0x08, 8),
	CXLMB_UF(T, flags, 0x10, 1, CXLMB_FF_HEX),
	CXLMB_RSVD(0x11, 1),
	CXLMB_U(T, count, 0x12, 2),
	CXLMB_RSVD(0x14, 0x0C),
	CXLMB_ARRAY(T, records, 0x20, 5, cxlmb_media_error_record_schema),
};
CXLMB_SCHEMA(cxlmb_scan_media_results_rsp_schema, T, 0x20, 0);
#undef T

/* 4402h Media Operations header (§8.2.10.9.5.3) */
#define T struct cxlmb_media_ops_req
static const struct cxlmb_field cxlmb_media_ops_req_schema_fields[] = {
	CXLMB_U(T, op_class, 0x00, 1),
	CXLMB_U(T, op_subclass, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, range_count, 0x04, 4),
	CXLMB_TAIL(T, args, 0x08, 0),
};
CXLMB_SCHEMA(cxlmb_media_ops_req_schema, T, 8, 0);
#undef T
