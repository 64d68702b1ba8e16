/* Generic command sets 00h-07h (CXL r3.2 §8.2.10). */
#ifndef CXLMB_CMD_GENERIC_H
#define CXLMB_CMD_GENERIC_H

#include "catalog.h"

/* 0001h Identify output (r3.2 §8.2.10.1.1, Table 8-39). */
struct cxlmb_identify_rsp {
	uint16_t vendor_id;
	uint16_t device_id;
	uint16_t subsys_vendor_id;
	uint16_t subsys_id;
	uint64_t serial_number;
	uint8_t max_msg_size;   /* log2 bytes, 8..20 */
	uint8_t component_type; /* r3.0+: 00h switch, 03h Type 3 device, ... */
};
#define CXLMB_IDENTIFY_RSP_LEN 0x12u
CXLMB_CODEC(cxlmb_identify_rsp, struct cxlmb_identify_rsp)

#endif
