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

/* 0002h Background Operation Status output (r3.2 §8.2.10.1.2, Table 8-40). */
struct cxlmb_bg_op_status_rsp {
	uint8_t running;      /* bit 0: a background operation is in progress */
	uint8_t percent;      /* bits 7:1: percentage complete, 0-100 */
	uint16_t opcode;      /* last background command */
	uint16_t return_code; /* its return code once complete */
	uint16_t vendor_status;
};
#define CXLMB_BG_OP_STATUS_RSP_LEN 8u
CXLMB_CODEC(cxlmb_bg_op_status_rsp, struct cxlmb_bg_op_status_rsp)

/* 0003h Get / 0004h Set Response Message Limit (r3.2 §8.2.10.1.3-4):
 * one byte, log2 of the largest response message, 8..20. */
struct cxlmb_rsp_msg_limit {
	uint8_t limit;
};
#define CXLMB_RSP_MSG_LIMIT_LEN 1u
CXLMB_CODEC(cxlmb_rsp_msg_limit, struct cxlmb_rsp_msg_limit)

/* 0400h Get Supported Logs output (r3.2 §8.2.10.5.1, Tables 8-71/8-72). */
struct cxlmb_supported_log_entry {
	uint8_t uuid[16];
	uint32_t size; /* bytes */
};
#define CXLMB_SUPPORTED_LOG_ENTRY_LEN 0x14u
CXLMB_CODEC(cxlmb_supported_log_entry, struct cxlmb_supported_log_entry)
struct cxlmb_get_supported_logs_rsp {
	uint16_t count;
	struct cxlmb_array entries; /* of cxlmb_supported_log_entry */
};
#define CXLMB_GET_SUPPORTED_LOGS_RSP_MIN 8u
CXLMB_CODEC(cxlmb_get_supported_logs_rsp, struct cxlmb_get_supported_logs_rsp)

/* 0401h Get Log input (r3.2 §8.2.10.5.2, Table 8-73); the output is the
 * requested log bytes. */
struct cxlmb_get_log_req {
	uint8_t uuid[16];
	uint32_t offset;
	uint32_t length;
};
#define CXLMB_GET_LOG_REQ_LEN 0x18u
CXLMB_CODEC(cxlmb_get_log_req, struct cxlmb_get_log_req)
struct cxlmb_get_log_rsp {
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_get_log_rsp, struct cxlmb_get_log_rsp)

/* Command Effects Log entry (r3.2 §8.2.10.5.2.1, Table 8-75). */
struct cxlmb_cel_entry {
	uint16_t opcode;
	uint16_t effects; /* CXLMB_EFF_*; bits 15:12 reserved */
};
#define CXLMB_CEL_ENTRY_LEN 4u
CXLMB_CODEC(cxlmb_cel_entry, struct cxlmb_cel_entry)

/* Log identifiers (r3.2 §8.2.10.5, Table 8-71), wire byte order. */
extern const uint8_t cxlmb_uuid_cel[16];
extern const uint8_t cxlmb_uuid_vendor_debug[16];

#endif
