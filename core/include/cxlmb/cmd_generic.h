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
	/* context, not on the wire: the request's log and offset when the
	 * decoder was given it; the CEL's data then decodes as CEL entries */
	uint8_t req_known;
	uint8_t log_uuid[16];
	uint32_t req_offset;
	uint32_t req_length;
};
CXLMB_CODEC(cxlmb_get_log_rsp, struct cxlmb_get_log_rsp)
/* Get Log's catalog hook: the CEL's entries printed one by one. */
extern const struct cxlmb_cmd_hooks cxlmb_get_log_hooks;

/* Command Effects Log entry (r3.2 §8.2.10.5.2.1, Table 8-87; r3.1 Table 8-75). */
struct cxlmb_cel_entry {
	uint16_t opcode;
	uint16_t effects; /* CXLMB_EFF_*; bits 15:12 reserved */
};
#define CXLMB_CEL_ENTRY_LEN 4u
CXLMB_CODEC(cxlmb_cel_entry, struct cxlmb_cel_entry)

/* The logs r3.2 §8.2.10.5.2 lays out, read whole through Get Log. */
/* Component State Dump Log (Table 8-89): a 40h-byte header, then vendor data. */
struct cxlmb_csd_log {
	uint32_t data_len;
	uint8_t trigger_count; /* auto populate triggers since clear, saturating */
	uint8_t event_log;
	uint16_t event_handle;
	uint64_t timestamp;
	uint8_t format_uuid[16];
	uint8_t auto_populated;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_csd_log, struct cxlmb_csd_log)
/* DDR5 ECS Log entry (Table 8-90): 22h bytes. */
struct cxlmb_ecs_log_entry {
	uint8_t component_id[16];
	uint8_t threshold;     /* 2:0 as the ECS feature's */
	uint8_t codeword_mode;
	uint8_t error_found;
	uint16_t error_count;  /* rows or codewords with errors */
	uint8_t max_row_errors;
	uint64_t max_error_addr;
};
CXLMB_CODEC(cxlmb_ecs_log_entry, struct cxlmb_ecs_log_entry)
struct cxlmb_ecs_log {
	uint16_t count;           /* bits 9:0 */
	uint8_t component_id_fmt; /* 1: Table 8-56's format */
	uint8_t entry_type;       /* 0 per DRAM, 1 per memory media FRU */
	struct cxlmb_array entries;
};
CXLMB_CODEC(cxlmb_ecs_log, struct cxlmb_ecs_log)
/* Media Test Capability Log (Tables 8-91 to 8-93): a 10h-byte header, then
 * one 10h-byte entry per supported test. */
struct cxlmb_mtest_cap_entry {
	uint16_t test_id;
	uint8_t algorithm;
	uint8_t exec_time; /* per GB */
	uint8_t addr_configurable, inverse_pattern, exit_on_ue, threshold_programmable,
		update_poison;
	uint8_t addressing_mode; /* bits 8:5 */
	uint16_t patterns;       /* bitmap of 64-byte patterns */
	uint8_t prbs_len;
};
CXLMB_CODEC(cxlmb_mtest_cap_entry, struct cxlmb_mtest_cap_entry)
struct cxlmb_mtest_cap_log {
	uint8_t count;
	uint32_t total_signatures;
	uint8_t long_version, short_version;
	uint8_t data_ecc_off, meta_ecc_off, both_ecc_off, meta_area_test; /* capabilities */
	struct cxlmb_array entries;
};
CXLMB_CODEC(cxlmb_mtest_cap_log, struct cxlmb_mtest_cap_log)
/* Media Test Results Short Log (Tables 8-94 to 8-96): a 10h-byte header,
 * then one 20h-byte entry per test executed. */
struct cxlmb_mtest_short_entry {
	uint16_t test_id;
	uint64_t start, end; /* timestamps */
	uint8_t result;      /* 0 success, 1 failure, 2 aborted */
	uint8_t signature_overflow;
	uint32_t ue_count, ce_count;
};
CXLMB_CODEC(cxlmb_mtest_short_entry, struct cxlmb_mtest_short_entry)
struct cxlmb_mtest_short_log {
	uint8_t count;
	uint8_t version; /* 01h */
	uint8_t result;  /* 0-3 */
	struct cxlmb_array entries;
};
CXLMB_CODEC(cxlmb_mtest_short_log, struct cxlmb_mtest_short_log)
/* Media Test Results Long Log (Tables 8-97 to 8-100): the short log's
 * 10h-byte header, then one entry per test, each 30h bytes and its own
 * count of 50h-byte error signatures (entries have no fixed stride). */
struct cxlmb_mtest_long_hdr {
	uint8_t count;
	uint8_t version; /* 01h */
	uint8_t result;  /* 0-3 */
};
CXLMB_CODEC(cxlmb_mtest_long_hdr, struct cxlmb_mtest_long_hdr)
struct cxlmb_error_signature {
	uint16_t iteration;
	uint8_t is_volatile;
	uint8_t error_type; /* 0 uncorrectable, 1 correctable */
	uint8_t inverse_pattern;
	uint64_t dpa;       /* bits 63:6 in place */
	uint16_t validity;  /* bits 10:0: which fields below are valid */
	uint8_t channel, rank;
	uint32_t nibble_mask;
	uint8_t bank_group, bank;
	uint32_t row;
	uint16_t column;
	uint8_t correction_mask[32];
	uint8_t component_id[16];
	uint8_t sub_channel;
};
CXLMB_CODEC(cxlmb_error_signature, struct cxlmb_error_signature)
struct cxlmb_mtest_long_entry {
	uint16_t test_id;
	uint64_t start, end;
	uint8_t result;
	uint8_t signature_overflow;
	uint32_t ue_count, ce_count;
	uint64_t capacity_tested; /* 256 MB units */
	uint32_t sig_count;
	struct cxlmb_array signatures; /* of cxlmb_error_signature */
};
CXLMB_CODEC(cxlmb_mtest_long_entry, struct cxlmb_mtest_long_entry)
/* Walk a whole Media Test Results Long Log: the header, then each entry
 * sized by its own signature count; strict checks as for any layout; the
 * visitor (may be NULL) sees the header's fields and an "entries" array. */
int cxlmb_mtest_long_log_walk(const uint8_t *log, size_t len, unsigned flags,
			      const struct cxlmb_visitor *v);
/* The layout of a log the specification defines by its UUID (the CEL's
 * entries, the four above; the long log's header, walked by
 * cxlmb_mtest_long_log_walk), or NULL (vendor debug, unknown logs).  The
 * typed value of each is at most CXLMB_LOG_VALUE_MAX bytes. */
const struct cxlmb_schema *cxlmb_log_layout(const uint8_t uuid[16]);
#define CXLMB_LOG_VALUE_MAX 128u

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
/* 0107h GFD Enhanced Event Notification input (r3.2 Table 8-71). */
struct cxlmb_gfd_event_notification_req {
	uint16_t pbr_id;
	uint8_t event_logs;   /* bits 4:0 of Event: logs with uncleared records */
	uint8_t bg_completed; /* Event bit 15 */
	uint8_t notification_type; /* Table 8-72: 00h-0Ah */
	uint8_t trigger;      /* Table 8-73, by notification type */
	uint16_t rpid;
	uint64_t dpa, hpa;
	uint16_t grp_id;
	uint8_t mem_req_opcode;
	uint8_t request_associated, dpa_valid, hpa_valid, grp_id_valid, mem_opcode_valid;
	uint16_t event_record_handle;
	uint64_t timestamp;
};
CXLMB_CODEC(cxlmb_gfd_event_notification_req, struct cxlmb_gfd_event_notification_req)
/* 0108h GFD to GAE Enhanced Event Notification input (r3.2 Table 8-74). */
struct cxlmb_gfd_gae_notification_req {
	uint16_t pbr_id;
	uint8_t notification_type;
	uint8_t mem_req_opcode;
	uint8_t request_associated; /* flags bit 1: hardwired to 1 */
	uint8_t dpa_valid, hpa_valid, mem_opcode_valid;
	uint16_t rpid;
	uint64_t dpa, hpa;
	uint64_t timestamp;
};
CXLMB_CODEC(cxlmb_gfd_gae_notification_req, struct cxlmb_gfd_gae_notification_req)
/* 0109h Get GAM Buffer output (r3.2 Table 8-75, r3.1 Table 8-63), one 8-byte
 * word; bits 63:56 from r3.1's table (docs/codec-notes.md). */
struct cxlmb_get_gam_buffer_rsp {
	uint8_t valid;
	uint8_t overflow;
	uint64_t buffer_addr; /* bits 51:5 in place: a 32-byte aligned address */
	uint8_t head_index; /* where the GAE logs the next GAM payload */
};
CXLMB_CODEC(cxlmb_get_gam_buffer_rsp, struct cxlmb_get_gam_buffer_rsp)
/* 010Ah Set GAM Buffer input (r3.2 Table 8-76). */
struct cxlmb_set_gam_buffer_req {
	uint8_t valid;
	uint8_t clear_overflow;
	uint64_t buffer_addr;
	uint8_t tail_index; /* entries the host has consumed up to */
};
CXLMB_CODEC(cxlmb_set_gam_buffer_req, struct cxlmb_set_gam_buffer_req)

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
	/* context, not on the wire: the request's feature and offset when the
	 * decoder was given it; a known feature's attributes then decode */
	uint8_t req_known;
	uint8_t uuid[16];
	uint16_t req_offset;
};
CXLMB_CODEC(cxlmb_feature_data, struct cxlmb_feature_data)
extern const struct cxlmb_cmd_hooks cxlmb_get_feature_hooks;
extern const struct cxlmb_cmd_hooks cxlmb_set_feature_hooks;

/* Maintenance features (r3.2 Tables 8-125, 8-126): a common 10h-byte head,
 * then the operation's fields.  sPPR and hPPR readable attributes (Tables
 * 8-128, 8-131). */
struct cxlmb_ppr_feature_rd {
	uint8_t max_latency;      /* 3:0 time scale, 7:4 latency in it */
	uint8_t device_initiated_cap;
	uint8_t device_initiated; /* operation mode */
	uint8_t op_class, op_subclass;
	uint8_t dpa_support, nibble_support, sparing_event_cap, boot_initiated_cap;
	uint8_t media_not_accessible, data_not_retained; /* restriction flags */
	uint8_t sparing_event_enable, boot_initiated;    /* sPPR operation mode */
};
CXLMB_CODEC(cxlmb_ppr_feature_rd, struct cxlmb_ppr_feature_rd)
/* sPPR and hPPR writable attributes (Tables 8-129, 8-132). */
struct cxlmb_ppr_feature_wr {
	uint8_t device_initiated;
	uint8_t sparing_event_enable, boot_initiated;
};
CXLMB_CODEC(cxlmb_ppr_feature_wr, struct cxlmb_ppr_feature_wr)
/* Memory sparing readable attributes (Table 8-134). */
struct cxlmb_sparing_feature_rd {
	uint8_t max_latency;
	uint8_t device_initiated_cap;
	uint8_t device_initiated;
	uint8_t op_class, op_subclass;
	uint8_t side_effects, hard_sparing_cap, soft_sparing_cap; /* restriction flags */
};
CXLMB_CODEC(cxlmb_sparing_feature_rd, struct cxlmb_sparing_feature_rd)
/* Memory sparing writable attributes (Table 8-135). */
struct cxlmb_sparing_feature_wr {
	uint8_t device_initiated;
};
CXLMB_CODEC(cxlmb_sparing_feature_wr, struct cxlmb_sparing_feature_wr)
/* Device Patrol Scrub Control readable attributes (r3.2 Table 8-222). */
struct cxlmb_scrub_feature_rd {
	uint8_t cycle_change_capable, realtime_capable;
	uint8_t cycle_hours;     /* configured, nonzero */
	uint8_t min_cycle_hours; /* 01h-FFh */
	uint8_t enabled;
};
CXLMB_CODEC(cxlmb_scrub_feature_rd, struct cxlmb_scrub_feature_rd)
/* Device Patrol Scrub Control writable attributes (r3.2 Table 8-223). */
struct cxlmb_scrub_feature_wr {
	uint8_t cycle_hours;
	uint8_t enable;
};
CXLMB_CODEC(cxlmb_scrub_feature_wr, struct cxlmb_scrub_feature_wr)
/* DDR5 ECS Control readable attributes (r3.2 §8.2.10.9.11.2; the text read
 * is a later revision's Table 8-392): a log-capabilities byte, then one
 * 4-byte entry per memory media FRU, as many as the payload holds. */
struct cxlmb_ecs_fru_rd {
	uint8_t realtime_capable;
	uint8_t threshold;     /* 2:0: 3 = 256, 4 = 1024, 5 = 4096 per Gb */
	uint8_t codeword_mode; /* 0 rows, 1 codewords */
};
CXLMB_CODEC(cxlmb_ecs_fru_rd, struct cxlmb_ecs_fru_rd)
struct cxlmb_ecs_feature_rd {
	uint8_t log_entry_type; /* 0 per DRAM, 1 per memory media FRU */
	struct cxlmb_array frus; /* struct cxlmb_ecs_fru_rd */
};
CXLMB_CODEC(cxlmb_ecs_feature_rd, struct cxlmb_ecs_feature_rd)
/* DDR5 ECS Control writable attributes (Table 8-393 there): 2 bytes per FRU. */
struct cxlmb_ecs_fru_wr {
	uint8_t threshold;
	uint8_t codeword_mode;
	uint8_t reset_counter;
};
CXLMB_CODEC(cxlmb_ecs_fru_wr, struct cxlmb_ecs_fru_wr)
struct cxlmb_ecs_feature_wr {
	uint8_t log_entry_type;
	struct cxlmb_array frus; /* struct cxlmb_ecs_fru_wr */
};
CXLMB_CODEC(cxlmb_ecs_feature_wr, struct cxlmb_ecs_feature_wr)

/* Metabits Storage readable attributes (r3.2 Table 8-115): HDM-H storage
 * capabilities (bits 7:0, one per configuration below) and the configuration
 * (0h-7h: metadata bits and TE State, Table 8-115). */
struct cxlmb_metabits_feature_rd {
	uint8_t caps;
	uint8_t config;
};
CXLMB_CODEC(cxlmb_metabits_feature_rd, struct cxlmb_metabits_feature_rd)
/* Metabits Storage writable attributes (r3.2 Table 8-116). */
struct cxlmb_metabits_feature_wr {
	uint8_t config;
};
CXLMB_CODEC(cxlmb_metabits_feature_wr, struct cxlmb_metabits_feature_wr)

/* The attribute layout of a feature the specification defines (readable or
 * writable), or NULL.  The typed value of each is at most
 * CXLMB_FEATURE_VALUE_MAX bytes. */
const struct cxlmb_schema *cxlmb_feature_layout(const uint8_t uuid[16], bool writable);
#define CXLMB_FEATURE_VALUE_MAX 64u
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
/* 0600h parameters by class (offsets from the start of params, i.e. the
 * table offset minus 2).  PPR, class 1 (sPPR subclass 0, hPPR 1; r3.2
 * Tables 8-118/8-119). */
struct cxlmb_ppr_maint_params {
	uint8_t query_resources;
	uint64_t dpa;
	uint32_t nibble_mask;
};
CXLMB_CODEC(cxlmb_ppr_maint_params, struct cxlmb_ppr_maint_params)
/* Memory sparing, class 2 (subclasses 0-3: cacheline, row, bank, rank;
 * r3.2 Table 8-120). */
struct cxlmb_sparing_maint_params {
	uint8_t query_resources, hard_sparing, sub_channel_valid, nibble_mask_valid;
	uint8_t channel, rank;
	uint32_t nibble_mask;
	uint8_t bank_group, bank;
	uint32_t row;
	uint16_t column;
	uint8_t sub_channel;
};
CXLMB_CODEC(cxlmb_sparing_maint_params, struct cxlmb_sparing_maint_params)
/* Device Built-in Test, class 3 subclass 00h Media Test (r3.2 Tables 8-121
 * to 8-124), from byte 02h.  Full Transfer (action 0): the common
 * configuration (Table 8-123) and Number of Tests 20h-byte entries. */
struct cxlmb_media_test_entry {
	uint16_t test_id;
	uint8_t iterations;
	uint8_t inverse_pattern, exit_on_ue, threshold_programmed;
	uint8_t addressing_mode; /* 0 ascending, 1 descending, 2 algorithm, 3 random */
	uint8_t update_poison;
	uint16_t pattern_type;   /* 0 user, 1 vendor, 2 PRBS, 3 DPA, 4 55h, 5 AAh */
	uint8_t pattern_value;
	uint16_t vendor;
	uint32_t prbs_seed;
	uint16_t error_threshold;
};
CXLMB_CODEC(cxlmb_media_test_entry, struct cxlmb_media_test_entry)
struct cxlmb_media_test_params {
	uint8_t action;  /* 0 full, 1 initiate, 2 continue, 3 end, 4 abort */
	uint32_t offset; /* 32-byte units */
	uint8_t count;   /* Number of Tests */
	uint64_t start_dpa;
	uint64_t length; /* a multiple of 64 bytes */
	uint8_t single_signature;
	uint8_t ecc_disable; /* bits 1:0: data (0), metadata (1) ECC off */
	struct cxlmb_array tests; /* struct cxlmb_media_test_entry */
};
CXLMB_CODEC(cxlmb_media_test_params, struct cxlmb_media_test_params)
/* The other actions carry a piece of those test parameters, at offset. */
struct cxlmb_media_test_part {
	uint8_t action;
	uint32_t offset;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_media_test_part, struct cxlmb_media_test_part)
extern const struct cxlmb_cmd_hooks cxlmb_perform_maintenance_hooks;

/* ---- PBR Component (r3.2 §8.2.10.8) ---- */

/* PIDs are 12 bits (FFFh: none assigned / none registered). */
/* 0700h Identify PBR Component output (Table 8-136). */
struct cxlmb_pbr_identify_rsp {
	uint16_t pid;
	uint16_t primary_fm_pid;
	uint8_t primary_fm_uuid[16];
	uint16_t secondary_fm_pid;
	uint8_t secondary_fm_uuid[16];
};
CXLMB_CODEC(cxlmb_pbr_identify_rsp, struct cxlmb_pbr_identify_rsp)
/* 0701h Claim Ownership input (Table 8-137). */
struct cxlmb_claim_ownership_req {
	uint8_t operation; /* 0 register primary FM + assign PID, 1 register secondary,
			    * 2 update PID, 3 promote secondary */
	uint16_t fm_pid;
	uint8_t fm_uuid[16];
	uint16_t assigned_pid;
};
CXLMB_CODEC(cxlmb_claim_ownership_req, struct cxlmb_claim_ownership_req)
/* 0701h Claim Ownership output (Table 8-138). */
struct cxlmb_claim_ownership_rsp {
	uint16_t primary_fm_pid;
	uint8_t primary_fm_uuid[16];
	uint16_t secondary_fm_pid;
	uint8_t secondary_fm_uuid[16];
};
CXLMB_CODEC(cxlmb_claim_ownership_rsp, struct cxlmb_claim_ownership_rsp)
/* 0702h Read CDAT input (Table 8-139). */
struct cxlmb_read_cdat_req {
	uint16_t target_pid;
	uint64_t start_byte;
	uint64_t num_bytes;
};
CXLMB_CODEC(cxlmb_read_cdat_req, struct cxlmb_read_cdat_req)
/* 0702h Read CDAT output (Table 8-140): num_bytes of CDAT data follow. */
struct cxlmb_read_cdat_rsp {
	uint64_t total_size;
	uint64_t num_bytes;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_read_cdat_rsp, struct cxlmb_read_cdat_rsp)

#ifdef __cplusplus
}
#endif

#endif
