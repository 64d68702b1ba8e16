/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The layout tables behind vendor_thermal.h: one row per wire field. */
#include "vendor_thermal.h"

#define T struct vendor_thermal_req
static const struct cxlmb_field vendor_thermal_req_schema_fields[] = {
	CXLMB_U(T, sensor, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
};
CXLMB_SCHEMA(vendor_thermal_req_schema, T, 4, 4);
#undef T

#define T struct vendor_thermal_rsp
static const struct cxlmb_field vendor_thermal_rsp_schema_fields[] = {
	CXLMB_U(T, sensor, 0x00, 1),
	CXLMB_BITS_E(T, state, 0x01, 1, 0, 4, THERMAL_HOT), /* strict: 3..15 is BAD_ENUM */
	CXLMB_RSVD_BITS(0x01, 1, 0xF0),
	CXLMB_S(T, temp_16th, 0x02, 2),
	CXLMB_U(T, trip_16th, 0x04, 2),
	CXLMB_RSVD(0x06, 2),
	CXLMB_TAIL(T, trace, 0x08, 1),
};
CXLMB_SCHEMA(vendor_thermal_rsp_schema, T, 8, 8);
#undef T
