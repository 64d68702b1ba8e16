/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Generic command sets 00h-07h (CXL r3.2 §8.2.10). */
#ifndef CXLMB_CMD_GENERIC_H
#define CXLMB_CMD_GENERIC_H

#include "catalog.h"

#ifdef __cplusplus
extern "C" {
#endif

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

/* ---- Events (r3.2 §8.2.10.2) ---- */

/* Event log selectors (Table 8-52). */
enum cxlmb_event_log { CXLMB_LOG_INFO, CXLMB_LOG_WARN, CXLMB_LOG_FAIL, CXLMB_LOG_FATAL, CXLMB_LOG_DCD };

/* 0100h Get Event Records input (Table 8-52). */
struct cxlmb_get_event_records_req {
	uint8_t log;
};
CXLMB_CODEC(cxlmb_get_event_records_req, struct cxlmb_get_event_records_req)

/* Common Event Record (Table 8-54): the header every 80h-byte record shares;
 * the type-specific part is kept as bytes and typed by cxlmb_event_record_decode. */
struct cxlmb_event_record_hdr {
	uint8_t uuid[16];
	uint8_t length;
	uint32_t flags;       /* 23:0 */
	uint16_t handle;
	uint16_t related_handle;
	uint64_t timestamp;
	uint8_t maint_class;  /* r3.1+ */
	uint8_t maint_subclass;
	uint16_t ld_id;       /* r3.2 */
	uint8_t head_id;      /* r3.2 */
	uint8_t data[0x50];   /* type-specific, from 30h */
};
#define CXLMB_EVENT_RECORD_LEN 0x80u
CXLMB_CODEC(cxlmb_event_record_hdr, struct cxlmb_event_record_hdr)

/* 0100h Get Event Records output (Table 8-53). */
struct cxlmb_get_event_records_rsp {
	uint8_t overflow;      /* flags b0 */
	uint8_t more_records;  /* flags b1 */
	uint16_t overflow_err_count;
	uint64_t first_overflow_ts;
	uint64_t last_overflow_ts;
	uint16_t count;
	struct cxlmb_array records; /* of cxlmb_event_record_hdr */
};
#define CXLMB_GET_EVENT_RECORDS_RSP_MIN 0x20u
CXLMB_CODEC(cxlmb_get_event_records_rsp, struct cxlmb_get_event_records_rsp)

/* 0101h Clear Event Records input (Table 8-55). */
struct cxlmb_event_handle {
	uint16_t handle;
};
CXLMB_CODEC(cxlmb_event_handle, struct cxlmb_event_handle)
struct cxlmb_clear_event_records_req {
	uint8_t log;
	uint8_t clear_all; /* flags b0 */
	uint8_t count;
	struct cxlmb_array handles; /* of cxlmb_event_handle */
};
#define CXLMB_CLEAR_EVENT_RECORDS_REQ_MIN 6u
CXLMB_CODEC(cxlmb_clear_event_records_req, struct cxlmb_clear_event_records_req)

/* 0102h Get / 0103h Set Event Interrupt Policy (Table 8-56): one byte per
 * log, 1:0 mode (0 none, 1 MSI/MSI-X, 2 FW interrupt), 7:4 message number.
 * The Dynamic Capacity byte is r3.1+ (5-byte form). */
struct cxlmb_event_int_policy {
	uint8_t info_mode, info_msgnum;
	uint8_t warn_mode, warn_msgnum;
	uint8_t fail_mode, fail_msgnum;
	uint8_t fatal_mode, fatal_msgnum;
	uint8_t dcd_mode, dcd_msgnum;
};
CXLMB_CODEC(cxlmb_event_int_policy, struct cxlmb_event_int_policy)

/* 0104h Get / 0105h Set MCTP Event Interrupt Policy (§8.2.10.2.6-7) and
 * 0106h Event Notification (§8.2.10.2.8): one 16-bit word each. */
struct cxlmb_mctp_event_int_policy {
	uint16_t event_interrupt_settings;
};
CXLMB_CODEC(cxlmb_mctp_event_int_policy, struct cxlmb_mctp_event_int_policy)
struct cxlmb_event_notification_req {
	uint16_t event;
};
CXLMB_CODEC(cxlmb_event_notification_req, struct cxlmb_event_notification_req)

/* ---- Firmware Update (r3.2 §8.2.10.3) ---- */

/* 0200h Get FW Info output (Table 8-58). */
struct cxlmb_get_fw_info_rsp {
	uint8_t slots_supported;
	uint8_t active_slot;   /* slot info 2:0 */
	uint8_t staged_slot;   /* slot info 5:3 */
	uint8_t online_activation; /* caps b0 */
	uint8_t slot_rev[4][16];
};
#define CXLMB_GET_FW_INFO_RSP_LEN 0x50u
CXLMB_CODEC(cxlmb_get_fw_info_rsp, struct cxlmb_get_fw_info_rsp)

/* 0201h Transfer FW input (Table 8-59). */
enum cxlmb_fw_action { CXLMB_FW_FULL, CXLMB_FW_INITIATE, CXLMB_FW_CONTINUE, CXLMB_FW_END, CXLMB_FW_ABORT };
struct cxlmb_transfer_fw_req {
	uint8_t action;
	uint8_t slot;
	uint32_t offset; /* in 128-byte units */
	struct cxlmb_bytes data;
};
#define CXLMB_TRANSFER_FW_REQ_MIN 0x80u
CXLMB_CODEC(cxlmb_transfer_fw_req, struct cxlmb_transfer_fw_req)

/* 0202h Activate FW input (Table 8-60). */
struct cxlmb_activate_fw_req {
	uint8_t action; /* 0 online, 1 on next cold reset */
	uint8_t slot;
};
CXLMB_CODEC(cxlmb_activate_fw_req, struct cxlmb_activate_fw_req)

/* ---- Timestamp (r3.2 §8.2.10.4) ---- */

/* 0300h Get output / 0301h Set input: nanoseconds since the epoch. */
struct cxlmb_timestamp {
	uint64_t timestamp;
};
CXLMB_CODEC(cxlmb_timestamp, struct cxlmb_timestamp)

/* ---- Logs (r3.2 §8.2.10.5) ---- */

/* 0402h Get Log Capabilities input, 0403h Clear Log, 0404h Populate Log. */
struct cxlmb_log_uuid_req {
	uint8_t uuid[16];
};
CXLMB_CODEC(cxlmb_log_uuid_req, struct cxlmb_log_uuid_req)
/* 0402h Get Log Capabilities output (Table 8-77). */
struct cxlmb_get_log_caps_rsp {
	uint8_t clear_supported;
	uint8_t populate_supported;
	uint8_t auto_populate_supported;
	uint8_t persistent_across_cold_reset;
};
CXLMB_CODEC(cxlmb_get_log_caps_rsp, struct cxlmb_get_log_caps_rsp)
/* 0405h Get Supported Logs Sub-List (Tables 8-81, 8-82). */
struct cxlmb_get_sup_logs_sublist_req {
	uint8_t max_entries;
	uint8_t start_index;
};
CXLMB_CODEC(cxlmb_get_sup_logs_sublist_req, struct cxlmb_get_sup_logs_sublist_req)
struct cxlmb_get_sup_logs_sublist_rsp {
	uint8_t count;
	uint16_t total;
	uint8_t start_index;
	struct cxlmb_array entries; /* of cxlmb_supported_log_entry */
};
CXLMB_CODEC(cxlmb_get_sup_logs_sublist_rsp, struct cxlmb_get_sup_logs_sublist_rsp)

/* Command Effects Log contents: a whole CEL buffer (its length a multiple of
 * 4, every entry valid in strict mode); entries via cxlmb_cel_entry_decode. */
int cxlmb_cel_validate(const uint8_t *log, size_t len, unsigned flags, uint32_t *count);

/* ---- Features (r3.2 §8.2.10.6) ---- */

/* 0500h Get Supported Features (Tables 8-95..8-97). */
struct cxlmb_get_sup_features_req {
	uint32_t count;       /* bytes of output wanted */
	uint16_t start_index;
};
CXLMB_CODEC(cxlmb_get_sup_features_req, struct cxlmb_get_sup_features_req)
struct cxlmb_feature_entry {
	uint8_t uuid[16];
	uint16_t index;
	uint16_t get_size;
	uint16_t set_size;
	uint32_t attr_flags;
	uint8_t get_version;
	uint8_t set_version;
	uint16_t set_effects;
};
CXLMB_CODEC(cxlmb_feature_entry, struct cxlmb_feature_entry)
struct cxlmb_get_sup_features_rsp {
	uint16_t count;
	uint16_t supported;
	struct cxlmb_array entries; /* of cxlmb_feature_entry */
};
CXLMB_CODEC(cxlmb_get_sup_features_rsp, struct cxlmb_get_sup_features_rsp)
/* 0501h Get Feature input (Table 8-98); output is the feature data. */
struct cxlmb_get_feature_req {
	uint8_t uuid[16];
	uint16_t offset;
	uint16_t count;
	uint8_t selection; /* 0 current, 1 default, 2 saved */
};
CXLMB_CODEC(cxlmb_get_feature_req, struct cxlmb_get_feature_req)
struct cxlmb_feature_data {
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_feature_data, struct cxlmb_feature_data)
/* 0502h Set Feature input (Table 8-100). */
struct cxlmb_set_feature_req {
	uint8_t uuid[16];
	uint8_t transfer;     /* flags 2:0 */
	uint8_t saved_across_reset; /* flags b3 */
	uint16_t offset;
	uint8_t version;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_set_feature_req, struct cxlmb_set_feature_req)

/* ---- Maintenance (r3.2 §8.2.10.7) ---- */

/* 0600h Perform Maintenance input (Table 8-102): class, subclass, then
 * class-specific parameters kept as bytes. */
struct cxlmb_perform_maintenance_req {
	uint8_t op_class;
	uint8_t op_subclass;
	struct cxlmb_bytes params;
};
CXLMB_CODEC(cxlmb_perform_maintenance_req, struct cxlmb_perform_maintenance_req)

#ifdef __cplusplus
}
#endif

#endif
