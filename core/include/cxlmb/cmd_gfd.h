/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* GFD Component Management 4900h-4914h (CXL r3.2 §8.2.10.9.10), sent by an FM;
 * cmd_fmapi.h includes it. */
#ifndef CXLMB_CMD_GFD_H
#define CXLMB_CMD_GFD_H

#include "cmd_fmapi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- GFD Component Management (49h, r3.2 §8.2.10.9.10): sent by an FM; its
 * layouts share the DCD management entries, so they live here ---- */

/* 4900h Identify GFD output (r3.2 Table 8-186 rows 00h-74h and 8Ch, the same
 * rows as r3.1 Table 8-171).  Both tables go from the 8-byte row at 74h to
 * the one at 8Ch: the 10h bytes between them are described by no row and are
 * kept as bytes (docs/codec-notes.md). */
struct cxlmb_identify_gfd_rsp {
	uint8_t num_dmps;          /* 1-4 */
	uint8_t num_regions;       /* 1-8 */
	uint16_t num_grp_ids;
	uint8_t add_policies;      /* bit 0 free, 1 contiguous, 2 prescriptive */
	uint8_t egress_congestion, throughput_reduction;
	uint8_t removal_policies;  /* bit 0 tag-based, 1 prescriptive */
	uint8_t sanitize_config_mask; /* bit n: region n's Sanitize on Release is configurable */
	uint64_t total_dc;         /* 256 MiB units */
	uint64_t region_bsm[8];    /* supported block sizes: bit n = 2^n bytes */
	uint64_t dmp_bsm[4];
	uint64_t volatile_only;    /* 256 MiB units */
	uint8_t undescribed_7c[16];
	uint64_t persistent_only;  /* 256 MiB units */
};
CXLMB_CODEC(cxlmb_identify_gfd_rsp, struct cxlmb_identify_gfd_rsp)
/* 4903h Set GFD DC Region Configuration input (r3.2 Table 8-191 rows 00h-04h;
 * its second sheet, 0Ch-27h, from r3.1 Table 8-176).  No output payload. */
struct cxlmb_set_gfd_dc_region_req {
	uint8_t region_id;         /* 0-7 */
	uint64_t block_size;       /* a power of 2, at least 40h */
	uint8_t sanitize_on_release;
	uint64_t base;             /* 256 MiB aligned */
	uint64_t decode_length;    /* a multiple of 256 MiB */
	uint64_t length;           /* a multiple of block_size, at most decode_length */
};
CXLMB_CODEC(cxlmb_set_gfd_dc_region_req, struct cxlmb_set_gfd_dc_region_req)
/* 4901h Get GFD Status output (Table 8-187). */
struct cxlmb_gfd_status_rsp {
	uint8_t device_fatal, fw_halt;
	uint8_t media_status;  /* 0 not ready, 1 ready, 2 error, 3 disabled */
	uint8_t reset_needed;  /* 0 none, 1 cold, 2 warm, 3 hot, 4 CXL reset */
	uint8_t link_mode;     /* 0-5, as Get Physical Port State's */
	uint8_t max_link_width, negotiated_link_width, supported_link_speeds;
	uint8_t max_link_speed, current_link_speed;
	uint8_t ltssm_state;   /* 00h-0Ah */
	uint8_t first_negotiated_lane;
	uint8_t lane_reversal, perst, prsnt, power_off; /* link state flags */
};
CXLMB_CODEC(cxlmb_gfd_status_rsp, struct cxlmb_gfd_status_rsp)
/* 4902h Get GFD DC Region Configuration input (Table 8-188). */
struct cxlmb_gfd_dc_config_req {
	uint8_t region_count;
	uint8_t start_region;
};
CXLMB_CODEC(cxlmb_gfd_dc_config_req, struct cxlmb_gfd_dc_config_req)
/* 4902h output (Tables 8-189, 8-190: entries as Table 7-66's). */
struct cxlmb_gfd_dc_config_rsp {
	uint8_t regions_available;
	uint8_t num_regions;
	struct cxlmb_array regions; /* of cxlmb_host_dc_region */
	uint32_t extents_supported, extents_available, tags_supported, tags_available;
};
CXLMB_CODEC(cxlmb_gfd_dc_config_rsp, struct cxlmb_gfd_dc_config_rsp)
/* 4904h Get GFD DC Region Extent Lists input (Table 8-192). */
struct cxlmb_gfd_extent_lists_req {
	uint16_t grp_id;
	uint32_t extent_count;
	uint32_t start_index;
};
CXLMB_CODEC(cxlmb_gfd_extent_lists_req, struct cxlmb_gfd_extent_lists_req)
/* 4904h output (Table 8-193; extents as Table 8-63). */
struct cxlmb_gfd_extent_lists_rsp {
	uint16_t grp_id;
	uint32_t start_index;
	uint32_t count;
	uint32_t total;
	uint32_t generation;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_gfd_extent_lists_rsp, struct cxlmb_gfd_extent_lists_rsp)
/* A Device Memory Partition's configuration (Table 8-196). */
struct cxlmb_gfd_dmp {
	uint64_t base, decode_length, length, block_size;
	uint8_t dsmas_flags; /* bits 6:2 as the CDAT DSMAS flags; 1:0, 7 reserved */
	uint8_t dmp_index;
	uint8_t sanitize_on_release;
};
CXLMB_CODEC(cxlmb_gfd_dmp, struct cxlmb_gfd_dmp)
/* 4905h Get GFD DMP Configuration input (Table 8-194). */
struct cxlmb_gfd_dmp_config_req {
	uint8_t dmp_count;
	uint8_t start_dmp;
};
CXLMB_CODEC(cxlmb_gfd_dmp_config_req, struct cxlmb_gfd_dmp_config_req)
/* 4905h output (Table 8-195) and 4906h Set GFD DMP Configuration input
 * (Table 8-197). */
struct cxlmb_gfd_dmp_config_rsp {
	uint8_t num_available;
	uint8_t num_dmps;
	struct cxlmb_array dmps; /* of cxlmb_gfd_dmp */
};
CXLMB_CODEC(cxlmb_gfd_dmp_config_rsp, struct cxlmb_gfd_dmp_config_rsp)
struct cxlmb_gfd_set_dmp_req {
	uint8_t num_dmps;
	uint8_t start_dmp;
	struct cxlmb_array dmps; /* of cxlmb_gfd_dmp */
};
CXLMB_CODEC(cxlmb_gfd_set_dmp_req, struct cxlmb_gfd_set_dmp_req)
/* 4907h GFD Dynamic Capacity Add input (Table 8-198). */
struct cxlmb_gfd_dc_add_req {
	uint16_t grp_id;
	uint8_t policy; /* 0 free, 1 contiguous, 2 prescriptive, 3 enable shared access */
	uint8_t region;
	uint64_t length;
	uint8_t tag[16];
	uint32_t extent_count; /* prescriptive only: the extents that follow */
	uint32_t max_rsp_extents;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_gfd_dc_add_req, struct cxlmb_gfd_dc_add_req)
/* 4908h GFD Dynamic Capacity Release input (Table 8-200). */
struct cxlmb_gfd_dc_release_req {
	uint16_t grp_id;
	uint8_t removal_policy; /* 0 tag-based, 1 prescriptive */
	uint8_t sanitize_on_release;
	uint64_t length;
	uint8_t tag[16];
	uint32_t extent_count;
	uint32_t max_rsp_extents;
	struct cxlmb_array extents; /* of cxlmb_dc_extent */
};
CXLMB_CODEC(cxlmb_gfd_dc_release_req, struct cxlmb_gfd_dc_release_req)
/* 4907h/4908h outputs (Tables 8-199, 8-201): 4904h's layout, the group's
 * extents after the change, at most max_rsp_extents of them. */
extern const struct cxlmb_schema cxlmb_gfd_dc_add_rsp_schema;
extern const struct cxlmb_schema cxlmb_gfd_dc_release_rsp_schema;
/* 4909h/490Ah GFD Dynamic Capacity Add/Remove Reference input: a tag, as
 * 5606h's (Tables 8-202, 8-203): cxlmb_dc_tag_req. */
/* 490Bh GFD Dynamic Capacity List Tags input (Table 8-204). */
struct cxlmb_gfd_list_tags_req {
	uint32_t start_index;
	uint32_t max_tags;
};
CXLMB_CODEC(cxlmb_gfd_list_tags_req, struct cxlmb_gfd_list_tags_req)
/* A tag's information (Table 8-206). */
struct cxlmb_gfd_tag_info {
	uint8_t tag[16];
	uint8_t fm_holds_reference;
};
CXLMB_CODEC(cxlmb_gfd_tag_info, struct cxlmb_gfd_tag_info)
#define CXLMB_GFD_TAG_INFO_LEN 0x14u
/* 490Bh output (Table 8-205): as many tag entries as the bytes hold, at most
 * max_tags; read each with cxlmb_gfd_tag_info_decode(). */
struct cxlmb_gfd_list_tags_rsp {
	uint32_t generation;
	uint32_t total_tags;
	struct cxlmb_bytes tags;
};
CXLMB_CODEC(cxlmb_gfd_list_tags_rsp, struct cxlmb_gfd_list_tags_rsp)
/* 490Ch Get GFD SAT Entry input (Table 8-207). */
struct cxlmb_gfd_get_sat_req {
	uint16_t count;
	uint16_t start_rpid;
};
CXLMB_CODEC(cxlmb_gfd_get_sat_req, struct cxlmb_gfd_get_sat_req)
/* A SAT entry (Table 8-209): the memory groups an RPID may access. */
struct cxlmb_gfd_sat_entry {
	uint32_t grp_acc_vec;
};
CXLMB_CODEC(cxlmb_gfd_sat_entry, struct cxlmb_gfd_sat_entry)
/* 490Ch output (Table 8-208; the list at 06h, see docs/codec-notes.md). */
struct cxlmb_gfd_get_sat_rsp {
	uint16_t count;
	uint16_t start_rpid;
	struct cxlmb_array entries; /* of cxlmb_gfd_sat_entry */
};
CXLMB_CODEC(cxlmb_gfd_get_sat_rsp, struct cxlmb_gfd_get_sat_rsp)
/* A SAT update (Table 8-211). */
struct cxlmb_gfd_sat_update {
	uint16_t rpid;
	uint32_t grp_acc_vec; /* bits 30:0 */
	uint8_t notify_rpid;  /* bit 31 */
};
CXLMB_CODEC(cxlmb_gfd_sat_update, struct cxlmb_gfd_sat_update)
/* 490Dh Set GFD SAT Entry input (Table 8-210). */
struct cxlmb_gfd_set_sat_req {
	uint16_t count;
	struct cxlmb_array updates; /* of cxlmb_gfd_sat_update */
};
CXLMB_CODEC(cxlmb_gfd_set_sat_req, struct cxlmb_gfd_set_sat_req)
/* 490Eh/490Fh: cxlmb_qos_control (Table 8-212); 4910h: cxlmb_qos_status_rsp
 * (Table 8-213). 4911h Get GFD QoS BW Limit input (Table 8-214). */
struct cxlmb_gfd_bw_limit_req {
	uint16_t num_rpids;
	uint16_t start_rpid;
};
CXLMB_CODEC(cxlmb_gfd_bw_limit_req, struct cxlmb_gfd_bw_limit_req)
/* 4911h output (Table 8-215): one limit fraction (x/256) per RPID. */
struct cxlmb_gfd_bw_limit {
	uint16_t num_rpids;
	uint16_t start_rpid;
	struct cxlmb_array fractions; /* of cxlmb_id8 */
};
CXLMB_CODEC(cxlmb_gfd_bw_limit, struct cxlmb_gfd_bw_limit)
/* 4912h Set GFD QoS BW Limit input and output (Table 8-216): the same
 * layout as 4911h's output. */
extern const struct cxlmb_schema cxlmb_gfd_set_bw_limit_schema;
/* 4913h Get GDT Configuration input (Table 8-217). */
struct cxlmb_gfd_get_gdt_req {
	uint16_t rpid;
	uint8_t gdt_count; /* at most 8 */
	uint8_t start_gdt;
};
CXLMB_CODEC(cxlmb_gfd_get_gdt_req, struct cxlmb_gfd_get_gdt_req)
/* A GDT entry (Table 8-219): addresses keep their place (bits 5:0 reserved). */
struct cxlmb_gfd_gdt_entry {
	uint8_t gdt_index;
	uint8_t valid, coherent;
	uint64_t hpa_base, dpa_base, dpa_len;
	uint8_t intlv, gran, way;
};
CXLMB_CODEC(cxlmb_gfd_gdt_entry, struct cxlmb_gfd_gdt_entry)
/* 4913h output (Table 8-218). */
struct cxlmb_gfd_get_gdt_rsp {
	uint16_t rpid;
	uint8_t start_gdt;
	uint8_t count;
	uint8_t total;
	struct cxlmb_array entries; /* of cxlmb_gfd_gdt_entry */
};
CXLMB_CODEC(cxlmb_gfd_get_gdt_rsp, struct cxlmb_gfd_get_gdt_rsp)
/* 4914h Set GDT Configuration input (Table 8-220). */
struct cxlmb_gfd_set_gdt_req {
	uint16_t rpid;
	uint8_t count; /* 1 to 8 */
	uint8_t start_gdt;
	struct cxlmb_array entries; /* of cxlmb_gfd_gdt_entry */
};
CXLMB_CODEC(cxlmb_gfd_set_gdt_req, struct cxlmb_gfd_set_gdt_req)
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
