/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Memory device command sets 40h-48h (CXL r3.2 §8.2.10.9). */
#ifndef CXLMB_CMD_MEMDEV_H
#define CXLMB_CMD_MEMDEV_H

#include "catalog.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 4000h Identify Memory Device output (r3.2 §8.2.10.9.1.1, Table 8-127).
 * Capacities are in multiples of 256 MiB. 43h bytes before r3.1, 45h after. */
struct cxlmb_identify_memdev_rsp {
	uint8_t fw_revision[16];
	uint64_t total_capacity;
	uint64_t volatile_only_capacity;
	uint64_t persistent_only_capacity;
	uint64_t partition_align;
	uint16_t info_event_log_size;
	uint16_t warning_event_log_size;
	uint16_t failure_event_log_size;
	uint16_t fatal_event_log_size;
	uint32_t lsa_size;
	uint32_t poison_list_max_mer;
	uint16_t inject_poison_limit;
	uint8_t poison_caps;
	uint8_t qos_telemetry_caps;
	uint16_t dc_event_log_size; /* r3.1+; 0 when the device sends the 43h form */
};
#define CXLMB_IDENTIFY_MEMDEV_RSP_LEN_R30 0x43u
#define CXLMB_IDENTIFY_MEMDEV_RSP_LEN 0x45u
CXLMB_CODEC(cxlmb_identify_memdev_rsp, struct cxlmb_identify_memdev_rsp)

/* ---- Capacity Configuration and Label Storage (§8.2.10.9.2) ---- */

/* 4100h Get Partition Info output (Table 8-130), 256 MiB units. */
struct cxlmb_get_partition_info_rsp {
	uint64_t active_volatile;
	uint64_t active_persistent;
	uint64_t next_volatile;
	uint64_t next_persistent;
};
CXLMB_CODEC(cxlmb_get_partition_info_rsp, struct cxlmb_get_partition_info_rsp)
/* 4101h Set Partition Info input (Table 8-131): 9 bytes in the specification;
 * Linux's UAPI sizes it 0Ah, so a trailing reserved byte is accepted. */
struct cxlmb_set_partition_info_req {
	uint64_t volatile_capacity;
	uint8_t immediate; /* flags b0 */
};
CXLMB_CODEC(cxlmb_set_partition_info_req, struct cxlmb_set_partition_info_req)
/* 4102h Get LSA input (Table 8-132); output is the label data. */
struct cxlmb_get_lsa_req {
	uint32_t offset;
	uint32_t length;
};
CXLMB_CODEC(cxlmb_get_lsa_req, struct cxlmb_get_lsa_req)
/* 4103h Set LSA input (Table 8-133). */
struct cxlmb_set_lsa_req {
	uint32_t offset;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_set_lsa_req, struct cxlmb_set_lsa_req)
/* Outputs that are raw data (Get LSA, Security Receive, Media Operations). */
struct cxlmb_memdev_data {
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_memdev_data, struct cxlmb_memdev_data)
/* 4102h Get LSA output: memdev data bounded by the request's length. */
CXLMB_CODEC(cxlmb_get_lsa_rsp, struct cxlmb_memdev_data)

/* ---- Health Info and Alerts (§8.2.10.9.3) ---- */

/* 4200h Get Health Info output (Table 8-135). */
struct cxlmb_get_health_info_rsp {
	uint8_t maintenance_needed, performance_degraded, hw_replacement_needed;
	uint8_t media_status;       /* 0 normal .. 9 all data loss imminent */
	uint8_t life_used_level;    /* additional status 1:0: 0 normal, 1 warning, 2 critical */
	uint8_t temperature_level;  /* 3:2 */
	uint8_t corrected_volatile_over_warning;   /* b4 */
	uint8_t corrected_persistent_over_warning; /* b5 */
	uint8_t life_used;          /* percent */
	int16_t temperature;        /* degrees Celsius */
	uint32_t dirty_shutdowns;
	uint32_t corrected_volatile_errors;
	uint32_t corrected_persistent_errors;
};
CXLMB_CODEC(cxlmb_get_health_info_rsp, struct cxlmb_get_health_info_rsp)
/* 4201h Get Alert Configuration output (Table 8-137). */
struct cxlmb_get_alert_config_rsp {
	uint8_t valid_alerts;
	uint8_t programmable_alerts;
	uint8_t life_used_critical;
	uint8_t life_used_warning;
	int16_t over_temp_critical;
	int16_t under_temp_critical;
	int16_t over_temp_warning;
	int16_t under_temp_warning;
	uint16_t corrected_volatile_warning;
	uint16_t corrected_persistent_warning;
};
CXLMB_CODEC(cxlmb_get_alert_config_rsp, struct cxlmb_get_alert_config_rsp)
/* 4202h Set Alert Configuration input (Table 8-138). */
struct cxlmb_set_alert_config_req {
	uint8_t valid_alert_actions;
	uint8_t enable_alert_actions;
	uint8_t life_used_warning;
	int16_t over_temp_warning;
	int16_t under_temp_warning;
	uint16_t corrected_volatile_warning;
	uint16_t corrected_persistent_warning;
};
CXLMB_CODEC(cxlmb_set_alert_config_req, struct cxlmb_set_alert_config_req)
/* 4203h Get output / 4204h Set input Shutdown State (Tables 8-139, 8-140). */
struct cxlmb_shutdown_state {
	uint8_t dirty;
};
CXLMB_CODEC(cxlmb_shutdown_state, struct cxlmb_shutdown_state)

/* ---- Media and Poison Management (§8.2.10.9.4) ---- */

/* A DPA range: 64-byte aligned start, length in 64-byte units. */
struct cxlmb_dpa_range {
	uint64_t dpa;
	uint64_t length;
};
CXLMB_CODEC(cxlmb_dpa_range, struct cxlmb_dpa_range)
/* Media Error Record (Table 8-143): address 63:6 DPA, 2:0 source. */
struct cxlmb_media_error_record {
	uint64_t dpa;
	uint8_t source; /* 0 unknown, 1 external, 2 internal, 3 injected, 7 vendor */
	uint32_t length; /* 64-byte units */
};
CXLMB_CODEC(cxlmb_media_error_record, struct cxlmb_media_error_record)
/* 4300h Get Poison List output (Table 8-142). */
struct cxlmb_get_poison_list_rsp {
	uint8_t more_records, overflow, scan_in_progress;
	uint64_t overflow_ts;
	uint16_t count;
	struct cxlmb_array records; /* of cxlmb_media_error_record */
};
CXLMB_CODEC(cxlmb_get_poison_list_rsp, struct cxlmb_get_poison_list_rsp)
/* 4301h Inject Poison input (Table 8-144). */
struct cxlmb_inject_poison_req {
	uint64_t dpa;
};
CXLMB_CODEC(cxlmb_inject_poison_req, struct cxlmb_inject_poison_req)
/* 4302h Clear Poison input (Table 8-145). */
struct cxlmb_clear_poison_req {
	uint64_t dpa;
	uint8_t write_data[64];
};
CXLMB_CODEC(cxlmb_clear_poison_req, struct cxlmb_clear_poison_req)
/* 4303h Get Scan Media Capabilities output (Table 8-147). */
struct cxlmb_scan_media_caps_rsp {
	uint32_t estimated_scan_time_ms;
};
CXLMB_CODEC(cxlmb_scan_media_caps_rsp, struct cxlmb_scan_media_caps_rsp)
/* 4304h Scan Media input (Table 8-148). */
struct cxlmb_scan_media_req {
	uint64_t dpa;
	uint64_t length;
	uint8_t no_event_log; /* flags b0 */
};
CXLMB_CODEC(cxlmb_scan_media_req, struct cxlmb_scan_media_req)
/* 4305h Get Scan Media Results output (Table 8-149). */
struct cxlmb_scan_media_results_rsp {
	uint64_t restart_dpa;
	uint64_t restart_length;
	uint8_t flags; /* b0 more media error records; other bits version dependent */
	uint16_t count;
	struct cxlmb_array records; /* of cxlmb_media_error_record */
};
CXLMB_CODEC(cxlmb_scan_media_results_rsp, struct cxlmb_scan_media_results_rsp)

/* ---- Sanitize and Media Operations (§8.2.10.9.5) ---- */

/* 4402h Media Operations input (Table 8-153): class, subclass, range count,
 * then the class-specific part (DPA ranges, or discovery arguments). */
struct cxlmb_media_ops_req {
	uint8_t op_class;
	uint8_t op_subclass;
	uint32_t range_count;
	struct cxlmb_bytes args;
};
CXLMB_CODEC(cxlmb_media_ops_req, struct cxlmb_media_ops_req)
/* 4402h arguments: discovery (class 0, r3.1 Table 8-150) asks for num_ops
 * supported operations from start_index; every other class carries
 * range_count DPA ranges (cxlmb_dpa_range, r3.1 Table 8-148). */
struct cxlmb_media_ops_discovery_args {
	uint16_t start_index;
	uint16_t num_ops;
};
CXLMB_CODEC(cxlmb_media_ops_discovery_args, struct cxlmb_media_ops_discovery_args)
/* A supported operation (r3.1 Table 8-152). */
struct cxlmb_media_op_entry {
	uint8_t op_class, op_subclass;
};
CXLMB_CODEC(cxlmb_media_op_entry, struct cxlmb_media_op_entry)
/* 4402h output of a discovery (r3.1 Table 8-151). */
struct cxlmb_media_ops_discovery_rsp {
	uint64_t granularity; /* DPA range granularity */
	uint16_t total_ops;
	uint16_t ops_returned;
	struct cxlmb_array ops; /* of cxlmb_media_op_entry */
};
CXLMB_CODEC(cxlmb_media_ops_discovery_rsp, struct cxlmb_media_ops_discovery_rsp)
/* 4402h output: discovery's layout when the request was a discovery. */
struct cxlmb_media_ops_rsp {
	struct cxlmb_bytes data;
	/* context, not on the wire (cxlmb_cmd_decode_rsp) */
	uint8_t req_known;
	uint8_t req_op_class;
	uint16_t req_num_ops;
};
CXLMB_CODEC(cxlmb_media_ops_rsp, struct cxlmb_media_ops_rsp)
extern const struct cxlmb_cmd_hooks cxlmb_media_ops_hooks;

/* ---- Persistent Memory Data-at-rest Security (§8.2.10.9.6) ---- */

/* 4500h Get Security State output (Table 8-160). */
struct cxlmb_security_state_rsp {
	uint8_t user_pass_set, master_pass_set, locked, frozen;
	uint8_t user_attempts_exceeded, master_attempts_exceeded;
};
CXLMB_CODEC(cxlmb_security_state_rsp, struct cxlmb_security_state_rsp)
/* 4501h Set Passphrase input (Table 8-161). */
struct cxlmb_set_passphrase_req {
	uint8_t type; /* 0 master, 1 user */
	uint8_t current[32];
	uint8_t new_pass[32];
};
CXLMB_CODEC(cxlmb_set_passphrase_req, struct cxlmb_set_passphrase_req)
/* 4502h Disable Passphrase / 4505h Passphrase Secure Erase input (Tables 8-162, 8-165). */
struct cxlmb_passphrase_req {
	uint8_t type;
	uint8_t passphrase[32];
};
CXLMB_CODEC(cxlmb_passphrase_req, struct cxlmb_passphrase_req)
/* 4503h Unlock input (Table 8-163). */
struct cxlmb_unlock_req {
	uint8_t passphrase[32];
};
CXLMB_CODEC(cxlmb_unlock_req, struct cxlmb_unlock_req)

/* ---- Security Passthrough (§8.2.10.9.7) ---- */

/* 4600h Security Send (with data) / 4601h Security Receive input. */
struct cxlmb_security_xfer_req {
	uint8_t protocol;
	uint16_t sp_specific;
	struct cxlmb_bytes data; /* Security Send only; empty for Receive */
};
CXLMB_CODEC(cxlmb_security_xfer_req, struct cxlmb_security_xfer_req)
/* 4601h Security Receive input: the header alone (data stays empty). */
CXLMB_CODEC(cxlmb_security_recv_req, struct cxlmb_security_xfer_req)

/* ---- SLD QoS Telemetry (§8.2.10.9.8) ---- */

/* 4700h Get output / 4701h Set input SLD QoS Control (Table 8-168). */
struct cxlmb_sld_qos_control {
	uint8_t egress_congestion_enable;  /* b0 */
	uint8_t throughput_reduction_enable; /* b1 */
	uint8_t egress_moderate_pct;
	uint8_t egress_severe_pct;
	uint8_t backpressure_sample_interval;
};
CXLMB_CODEC(cxlmb_sld_qos_control, struct cxlmb_sld_qos_control)
/* 4702h Get SLD QoS Status output (Table 8-170). */
struct cxlmb_sld_qos_status_rsp {
	uint8_t backpressure_avg_pct;
};
CXLMB_CODEC(cxlmb_sld_qos_status_rsp, struct cxlmb_sld_qos_status_rsp)

/* ---- Dynamic Capacity (§8.2.10.9.9) ---- */

/* 4800h Get Dynamic Capacity Configuration (Tables 8-171..8-173). */
struct cxlmb_get_dc_config_req {
	uint8_t region_count;
	uint8_t start_region;
};
CXLMB_CODEC(cxlmb_get_dc_config_req, struct cxlmb_get_dc_config_req)
struct cxlmb_dc_region {
	uint64_t base;
	uint64_t decode_length; /* 256 MiB units */
	uint64_t length;
	uint64_t block_size;
	uint32_t dsmad_handle;
	uint8_t sanitize_on_release; /* flags b0 */
};
CXLMB_CODEC(cxlmb_dc_region, struct cxlmb_dc_region)
/* The r3.1+ form, with the 10h extents/tags trailer after the regions. */
struct cxlmb_get_dc_config_rsp {
	uint8_t regions_available;
	uint8_t num_regions;
	struct cxlmb_array regions; /* of cxlmb_dc_region */
	uint32_t extents_supported, extents_available, tags_supported, tags_available;
};
CXLMB_CODEC(cxlmb_get_dc_config_rsp, struct cxlmb_get_dc_config_rsp)
/* 4801h Get Dynamic Capacity Extent List (Tables 8-174, 8-175). */
struct cxlmb_get_dc_extent_list_req {
	uint32_t extent_count;
	uint32_t start_index;
};
CXLMB_CODEC(cxlmb_get_dc_extent_list_req, struct cxlmb_get_dc_extent_list_req)
/* Dynamic Capacity Extent (Table 8-51). */
struct cxlmb_dc_extent {
	uint64_t start_dpa;
	uint64_t length;
	uint8_t tag[16];
	uint16_t shared_seq;
};
CXLMB_CODEC(cxlmb_dc_extent, struct cxlmb_dc_extent)
struct cxlmb_get_dc_extent_list_rsp {
	uint32_t count;
	uint32_t total;
	uint32_t generation;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_get_dc_extent_list_rsp, struct cxlmb_get_dc_extent_list_rsp)
/* 4802h Add Dynamic Capacity Response / 4803h Release Dynamic Capacity
 * input (Tables 8-176, 8-177). */
struct cxlmb_dc_extent_update_req {
	uint32_t count;
	uint8_t more; /* flags b0 */
	struct cxlmb_array extents; /* of cxlmb_dpa_extent */
};
struct cxlmb_dpa_extent {
	uint64_t dpa;
	uint64_t length;
};
CXLMB_CODEC(cxlmb_dpa_extent, struct cxlmb_dpa_extent)
CXLMB_CODEC(cxlmb_dc_extent_update_req, struct cxlmb_dc_extent_update_req)

#ifdef __cplusplus
}
#endif

#endif
