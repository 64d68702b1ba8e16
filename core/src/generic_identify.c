/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* 0001h Identify (r3.2 §8.2.10.1.1). */
#include "cxlmb/cmd_generic.h"

#define T struct cxlmb_identify_rsp
static const struct cxlmb_field cxlmb_identify_rsp_schema_fields[] = {
	CXLMB_UF(T, vendor_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, device_id, 0x02, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, subsys_vendor_id, 0x04, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, subsys_id, 0x06, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, serial_number, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_U(T, max_msg_size, 0x10, 1),
	CXLMB_UF(T, component_type, 0x11, 1, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_identify_rsp_schema, T, CXLMB_IDENTIFY_RSP_LEN, CXLMB_IDENTIFY_RSP_LEN);
#undef T
