/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* 4000h Identify Memory Device (r3.2 §8.2.10.9.1.1). */
#include "cxlmb/cmd_memdev.h"

/* left out of builds without the identify memdev set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_IDENTIFY_MEMDEV))

#define T struct cxlmb_identify_memdev_rsp
static const struct cxlmb_field cxlmb_identify_memdev_rsp_schema_fields[] = {
	CXLMB_ASCII(T, fw_revision, 0x00, 16),
	CXLMB_U(T, total_capacity, 0x10, 8),
	CXLMB_U(T, volatile_only_capacity, 0x18, 8),
	CXLMB_U(T, persistent_only_capacity, 0x20, 8),
	CXLMB_U(T, partition_align, 0x28, 8),
	CXLMB_U(T, info_event_log_size, 0x30, 2),
	CXLMB_U(T, warning_event_log_size, 0x32, 2),
	CXLMB_U(T, failure_event_log_size, 0x34, 2),
	CXLMB_U(T, fatal_event_log_size, 0x36, 2),
	CXLMB_U(T, lsa_size, 0x38, 4),
	CXLMB_U(T, poison_list_max_mer, 0x3C, 3),
	CXLMB_U(T, inject_poison_limit, 0x3F, 2),
	CXLMB_UF(T, poison_caps, 0x41, 1, CXLMB_FF_HEX),
	CXLMB_UF(T, qos_telemetry_caps, 0x42, 1, CXLMB_FF_HEX),
	CXLMB_U(T, dc_event_log_size, 0x43, 2),
};
CXLMB_SCHEMA(cxlmb_identify_memdev_rsp_schema, T, CXLMB_IDENTIFY_MEMDEV_RSP_LEN_R30,
	     CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
