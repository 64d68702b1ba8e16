/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* FM API command sets 51h-59h (CXL r3.2 §7.6.7). */
#ifndef CXLMB_CMD_FMAPI_H
#define CXLMB_CMD_FMAPI_H

#include "catalog.h"
#include "cmd_memdev.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Physical Switch (51h, §7.6.7.1) ---- */

/* 5100h Identify Switch Device output. */
struct cxlmb_identify_switch_rsp {
	uint8_t ingress_port_id;
	uint8_t num_physical_ports;
	uint8_t num_vcs;
	uint8_t active_port_bitmask[32];
	uint8_t active_vcs_bitmask[32];
	uint16_t total_vppbs;
	uint16_t bound_vppbs;
	uint8_t num_hdm_decoders;
};
CXLMB_CODEC(cxlmb_identify_switch_rsp, struct cxlmb_identify_switch_rsp)
/* One-byte identifiers (port IDs, VCS IDs, LD fractions, LD-to-head map). */
struct cxlmb_id8 {
	uint8_t id;
};
CXLMB_CODEC(cxlmb_id8, struct cxlmb_id8)
/* 5101h Get Physical Port State input. */
struct cxlmb_get_port_state_req {
	uint8_t num_ports;
	struct cxlmb_array ports; /* of cxlmb_id8 */
};
CXLMB_CODEC(cxlmb_get_port_state_req, struct cxlmb_get_port_state_req)
/* Port information block (10h bytes). */
struct cxlmb_port_info {
	uint8_t port_id;
	uint8_t config_state;      /* 3:0: 0 disabled .. 5 fabric port, Fh invalid */
	uint8_t connected_device_mode;
	uint8_t connected_device_type;
	uint8_t supported_cxl_modes;
	uint8_t max_link_width;
	uint8_t negotiated_link_width;
	uint8_t supported_link_speeds;
	uint8_t max_link_speed;
	uint8_t current_link_speed;
	uint8_t ltssm_state;
	uint8_t first_negotiated_lane;
	uint16_t link_state_flags;
	uint8_t supported_ld_count;
};
CXLMB_CODEC(cxlmb_port_info, struct cxlmb_port_info)
struct cxlmb_get_port_state_rsp {
	uint8_t num_ports;
	struct cxlmb_array ports; /* of cxlmb_port_info */
};
CXLMB_CODEC(cxlmb_get_port_state_rsp, struct cxlmb_get_port_state_rsp)
/* 5102h Physical Port Control input. */
struct cxlmb_port_control_req {
	uint8_t ppb_id;
	uint8_t port_opcode; /* 0 assert PERST#, 1 deassert PERST#, 2 reset PPB */
};
CXLMB_CODEC(cxlmb_port_control_req, struct cxlmb_port_control_req)
/* 5103h Send PPB CXL.io Configuration Request input. */
struct cxlmb_ppb_config_req {
	uint8_t ppb_id;
	uint8_t reg_num;
	uint8_t ext_reg_num;
	uint8_t first_dw_be;
	uint8_t write; /* transaction type: 0 read, 1 write */
	uint32_t write_data;
};
CXLMB_CODEC(cxlmb_ppb_config_req, struct cxlmb_ppb_config_req)
/* 5103h / 5301h output: the read data. */
struct cxlmb_config_read_rsp {
	uint32_t read_data;
};
CXLMB_CODEC(cxlmb_config_read_rsp, struct cxlmb_config_read_rsp)
/* 5104h Get Domain Validation SV State output, 5106h output. */
struct cxlmb_dv_sv_state {
	uint8_t state;
};
CXLMB_CODEC(cxlmb_dv_sv_state, struct cxlmb_dv_sv_state)
/* 5105h Set Domain Validation SV input, 5107h output. */
struct cxlmb_dv_sv {
	uint8_t secret[16];
};
CXLMB_CODEC(cxlmb_dv_sv, struct cxlmb_dv_sv)
/* 5106h / 5107h input. */
struct cxlmb_vcs_id_req {
	uint8_t vcs_id;
};
CXLMB_CODEC(cxlmb_vcs_id_req, struct cxlmb_vcs_id_req)

/* ---- Virtual Switch (52h, §7.6.7.2) ---- */

/* 5200h Get Virtual CXL Switch Info input. */
struct cxlmb_get_vcs_info_req {
	uint8_t start_vppb;
	uint8_t vppb_list_limit;
	uint8_t num_vcs;
	struct cxlmb_array vcs_ids; /* of cxlmb_id8 */
};
CXLMB_CODEC(cxlmb_get_vcs_info_req, struct cxlmb_get_vcs_info_req)
/* 5200h output: VCS info blocks of different lengths, walked with
 * cxlmb_vcs_info_next(). */
struct cxlmb_get_vcs_info_rsp {
	uint8_t num_vcs;
	struct cxlmb_bytes blocks;
};
CXLMB_CODEC(cxlmb_get_vcs_info_rsp, struct cxlmb_get_vcs_info_rsp)
struct cxlmb_vppb_info {
	uint8_t binding_status; /* 0 unbound, 1 in progress, 2 bound to port, 3 bound to LD */
	uint8_t bound_port_id;
	uint8_t bound_ld_id;
};
CXLMB_CODEC(cxlmb_vppb_info, struct cxlmb_vppb_info)
struct cxlmb_vcs_info {
	uint8_t vcs_id;
	uint8_t state;  /* 0 disabled, 1 enabled, FFh invalid VCS ID */
	uint8_t usp_id;
	uint8_t num_vppbs;
	struct cxlmb_array vppbs; /* of cxlmb_vppb_info, present in this block */
};
/* Next VCS info block at *pos (start at 0) of rsp->blocks; entries present
 * in a block = num_vppbs (the device's list limit applies before encoding). */
int cxlmb_vcs_info_next(const struct cxlmb_get_vcs_info_rsp *rsp, uint32_t *pos, unsigned flags,
			struct cxlmb_vcs_info *out);
extern const struct cxlmb_cmd_hooks cxlmb_vcs_info_hooks;
/* 5201h Bind vPPB input. */
struct cxlmb_bind_vppb_req {
	uint8_t vcs_id;
	uint8_t vppb_id;
	uint8_t port_id;
	uint16_t ld_id; /* FFFFh: the port is not an MLD */
};
CXLMB_CODEC(cxlmb_bind_vppb_req, struct cxlmb_bind_vppb_req)
/* 5202h Unbind vPPB input. */
struct cxlmb_unbind_vppb_req {
	uint8_t vcs_id;
	uint8_t vppb_id;
	uint8_t option; /* 0 wait for link down, 1 managed hot remove, 2 surprise hot remove */
};
CXLMB_CODEC(cxlmb_unbind_vppb_req, struct cxlmb_unbind_vppb_req)

/* ---- MLD Port (53h, §7.6.7.3) ---- */

/* 5300h Tunnel Management Command: the embedded CCI message is bytes here;
 * cci.h builds and unwraps nested messages. */
struct cxlmb_tunnel_req {
	uint8_t target_id;   /* port ID or LD ID */
	uint8_t target_type; /* 0 port or LD, 1 LD-pool CCI */
	uint16_t command_size;
	struct cxlmb_bytes message;
};
CXLMB_CODEC(cxlmb_tunnel_req, struct cxlmb_tunnel_req)
struct cxlmb_tunnel_rsp {
	uint16_t response_length;
	struct cxlmb_bytes message;
};
CXLMB_CODEC(cxlmb_tunnel_rsp, struct cxlmb_tunnel_rsp)
extern const struct cxlmb_cmd_hooks cxlmb_tunnel_hooks;
/* 5301h Send LD CXL.io Configuration Request input. */
struct cxlmb_ld_config_req {
	uint8_t ppb_id;
	uint8_t reg_num;
	uint8_t ext_reg_num;
	uint8_t first_dw_be;
	uint8_t write;
	uint16_t ld_id;
	uint32_t write_data;
};
CXLMB_CODEC(cxlmb_ld_config_req, struct cxlmb_ld_config_req)
/* 5302h Send LD CXL.io Memory Request input and output. */
struct cxlmb_ld_mem_req {
	uint8_t port_id;
	uint8_t first_dw_be;
	uint8_t last_dw_be;
	uint8_t write;
	uint16_t ld_id;
	uint16_t length;
	uint64_t address;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_ld_mem_req, struct cxlmb_ld_mem_req)
struct cxlmb_ld_mem_rsp {
	uint16_t return_size;
	struct cxlmb_bytes data;
};
CXLMB_CODEC(cxlmb_ld_mem_rsp, struct cxlmb_ld_mem_rsp)

/* ---- MLD Components (54h, §7.6.7.4) ---- */

/* 5400h Get LD Info output. */
struct cxlmb_ld_info_rsp {
	uint64_t memory_size;
	uint16_t ld_count;
	uint8_t qos_telemetry_caps;
};
CXLMB_CODEC(cxlmb_ld_info_rsp, struct cxlmb_ld_info_rsp)
/* LD ID range requests: 5401h, 5406h, 5408h, 5500h input. */
struct cxlmb_ld_range_req {
	uint8_t start;
	uint8_t limit;
};
CXLMB_CODEC(cxlmb_ld_range_req, struct cxlmb_ld_range_req)
struct cxlmb_ld_alloc {
	uint64_t range1_multiplier;
	uint64_t range2_multiplier;
};
CXLMB_CODEC(cxlmb_ld_alloc, struct cxlmb_ld_alloc)
/* 5401h Get LD Allocations output. */
struct cxlmb_get_ld_alloc_rsp {
	uint8_t num_lds;
	uint8_t granularity; /* 0 256 MiB, 1 512 MiB, 2 1 GiB */
	uint8_t start_ld;
	uint8_t list_count;
	struct cxlmb_array allocs; /* of cxlmb_ld_alloc */
};
CXLMB_CODEC(cxlmb_get_ld_alloc_rsp, struct cxlmb_get_ld_alloc_rsp)
/* 5402h Set LD Allocations input and output. */
struct cxlmb_set_ld_alloc {
	uint8_t num_lds;
	uint8_t start_ld;
	struct cxlmb_array allocs; /* of cxlmb_ld_alloc */
};
CXLMB_CODEC(cxlmb_set_ld_alloc, struct cxlmb_set_ld_alloc)
/* 5403h Get output, 5404h Set input and output QoS Control. */
struct cxlmb_qos_control {
	uint8_t egress_congestion_enable;
	uint8_t throughput_reduction_enable;
	uint8_t egress_moderate_pct;
	uint8_t egress_severe_pct;
	uint8_t backpressure_sample_interval;
	uint16_t reqcmp_basis;
	uint8_t completion_collection_interval;
};
CXLMB_CODEC(cxlmb_qos_control, struct cxlmb_qos_control)
/* 5405h Get QoS Status output. */
struct cxlmb_qos_status_rsp {
	uint8_t backpressure_avg_pct;
};
CXLMB_CODEC(cxlmb_qos_status_rsp, struct cxlmb_qos_status_rsp)
/* 5406h-5409h QoS bandwidth lists: one fraction byte per LD. */
struct cxlmb_qos_bw_list {
	uint8_t num_lds;
	uint8_t start_ld;
	struct cxlmb_array fractions; /* of cxlmb_id8 */
};
CXLMB_CODEC(cxlmb_qos_bw_list, struct cxlmb_qos_bw_list)

/* ---- Multi-Headed Devices (55h, §7.6.7.5) ---- */

/* 5500h Get Multi-Headed Info output. */
struct cxlmb_mhd_info_rsp {
	uint8_t num_lds;
	uint8_t num_heads;
	uint8_t start_ld;
	uint8_t map_count;
	struct cxlmb_array ld_map; /* of cxlmb_id8: head of each LD */
};
CXLMB_CODEC(cxlmb_mhd_info_rsp, struct cxlmb_mhd_info_rsp)
/* 5501h Get Head Info. */
struct cxlmb_head_info_req {
	uint8_t start_head;
	uint8_t num_heads;
};
CXLMB_CODEC(cxlmb_head_info_req, struct cxlmb_head_info_req)
struct cxlmb_head_info {
	uint8_t port_number;
	uint8_t max_link_width;
	uint8_t negotiated_link_width;
	uint8_t supported_link_speeds;
	uint8_t max_link_speed;
	uint8_t current_link_speed;
	uint8_t ltssm_state;
	uint8_t first_negotiated_lane;
	uint8_t link_state_flags;
};
CXLMB_CODEC(cxlmb_head_info, struct cxlmb_head_info)
struct cxlmb_head_info_rsp {
	uint8_t num_heads;
	struct cxlmb_array heads; /* of cxlmb_head_info */
};
CXLMB_CODEC(cxlmb_head_info_rsp, struct cxlmb_head_info_rsp)

/* ---- DCD Management (56h, §7.6.7.6) ---- */

/* 5600h Get DCD Info output. */
struct cxlmb_dcd_info_rsp {
	uint8_t num_hosts;
	uint8_t num_regions;
	uint16_t add_policies;
	uint16_t removal_policies;
	uint8_t sanitize_mask;
	uint64_t total_capacity; /* 256 MiB units */
	uint64_t block_size_mask[8];
};
CXLMB_CODEC(cxlmb_dcd_info_rsp, struct cxlmb_dcd_info_rsp)
/* 5601h Get Host DC Region Configuration. */
struct cxlmb_host_dc_config_req {
	uint16_t host_id;
	uint8_t region_count;
	uint8_t start_region;
};
CXLMB_CODEC(cxlmb_host_dc_config_req, struct cxlmb_host_dc_config_req)
struct cxlmb_host_dc_region {
	uint64_t base;
	uint64_t decode_length;
	uint64_t length;
	uint64_t block_size;
	uint8_t dsmas_flags;
	uint8_t sanitize_on_release;
};
CXLMB_CODEC(cxlmb_host_dc_region, struct cxlmb_host_dc_region)
struct cxlmb_host_dc_config_rsp {
	uint16_t host_id;
	uint8_t regions_available;
	uint8_t num_regions;
	struct cxlmb_array regions; /* of cxlmb_host_dc_region */
	uint32_t extents_supported, extents_available, tags_supported, tags_available;
};
CXLMB_CODEC(cxlmb_host_dc_config_rsp, struct cxlmb_host_dc_config_rsp)
/* 5602h Set DC Region Configuration input. */
struct cxlmb_set_dc_region_req {
	uint8_t region_id;
	uint64_t block_size;
	uint8_t sanitize_on_release;
};
CXLMB_CODEC(cxlmb_set_dc_region_req, struct cxlmb_set_dc_region_req)
/* 5603h Get DC Region Extent Lists. */
struct cxlmb_dc_extent_lists_req {
	uint16_t host_id;
	uint32_t extent_count;
	uint32_t start_index;
};
CXLMB_CODEC(cxlmb_dc_extent_lists_req, struct cxlmb_dc_extent_lists_req)
struct cxlmb_dc_extent_lists_rsp {
	uint16_t host_id;
	uint32_t start_index;
	uint32_t count;
	uint32_t total;
	uint32_t generation;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_dc_extent_lists_rsp, struct cxlmb_dc_extent_lists_rsp)
/* 5604h Initiate Dynamic Capacity Add input. */
struct cxlmb_dc_add_req {
	uint16_t host_id;
	uint8_t policy; /* 0 free, 1 contiguous, 2 prescriptive, 3 enable shared access */
	uint8_t region;
	uint64_t length;
	uint8_t tag[16];
	uint32_t extent_count;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_dc_add_req, struct cxlmb_dc_add_req)
/* 5605h Initiate Dynamic Capacity Release input. */
struct cxlmb_dc_release_req {
	uint16_t host_id;
	uint8_t removal_policy; /* 0 tag-based, 1 prescriptive */
	uint8_t forced;
	uint8_t sanitize;
	uint64_t length;
	uint8_t tag[16];
	uint32_t extent_count;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_dc_release_req, struct cxlmb_dc_release_req)
/* 5606h / 5607h Dynamic Capacity Add / Remove Reference input. */
struct cxlmb_dc_tag_req {
	uint8_t tag[16];
};
CXLMB_CODEC(cxlmb_dc_tag_req, struct cxlmb_dc_tag_req)
/* 5608h Dynamic Capacity List Tags. */
struct cxlmb_dc_list_tags_req {
	uint32_t start_index;
	uint32_t tag_count;
};
CXLMB_CODEC(cxlmb_dc_list_tags_req, struct cxlmb_dc_list_tags_req)
struct cxlmb_dc_tag_info {
	uint8_t tag[16];
	uint8_t flags;
	uint8_t ref_bitmap[32];
	uint8_t pending_ref_bitmap[32];
};
CXLMB_CODEC(cxlmb_dc_tag_info, struct cxlmb_dc_tag_info)
struct cxlmb_dc_list_tags_rsp {
	uint32_t generation;
	uint32_t total;
	uint32_t count;
	uint8_t validity;
	struct cxlmb_array tags; /* of cxlmb_dc_tag_info */
};
CXLMB_CODEC(cxlmb_dc_list_tags_rsp, struct cxlmb_dc_list_tags_rsp)

#ifdef __cplusplus
}
#endif

#endif
