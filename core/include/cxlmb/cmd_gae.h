/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* GAE 5800h-580Bh and GAE management 5900h-5904h (CXL r3.2 §7.7.14, §7.7.15):
 * part of the FM API; cmd_fmapi.h includes it. */
#ifndef CXLMB_CMD_GAE_H
#define CXLMB_CMD_GAE_H

#include "cmd_fmapi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- GAE 5800h-580Bh (r3.2 §7.7.14) and its management 5900h-5904h
 * (§7.7.15). 5805h/5807h ask as cxlmb_ldst_range_req; 5807h answers as
 * cxlmb_ldst_idt_rsp and 5808h asks as cxlmb_ldst_idt_req (Tables 7-173 to
 * 7-175 repeat Tables 7-144 to 7-146). */
/* 5800h Identify GAE input (Table 7-156). */
struct cxlmb_gae_identify_req {
	uint8_t start_vppb, num_vppbs;
};
CXLMB_CODEC(cxlmb_gae_identify_req, struct cxlmb_gae_identify_req)
/* 5900h Identify VCS GAE input (Table 7-182). */
struct cxlmb_vcs_gae_identify_req {
	uint8_t vcs_id, start_vppb, num_vppbs;
};
CXLMB_CODEC(cxlmb_vcs_gae_identify_req, struct cxlmb_vcs_gae_identify_req)
/* vPPB Global Memory Support Info (Table 7-158). */
struct cxlmb_gae_vppb_info {
	uint16_t num_fast_segments;
};
CXLMB_CODEC(cxlmb_gae_vppb_info, struct cxlmb_gae_vppb_info)
/* 5800h/5900h output (Table 7-157). */
struct cxlmb_gae_identify_rsp {
	uint16_t max_enabled_pids; /* 11:0 */
	uint8_t egress_vpl0, ingress_vpl0, gim_config;
	uint16_t total_threads, avail_threads;
	uint8_t start_vppb, num_vppbs;
	struct cxlmb_array vppbs; /* of cxlmb_gae_vppb_info */
};
CXLMB_CODEC(cxlmb_gae_identify_rsp, struct cxlmb_gae_identify_rsp)
/* 5801h Get PID Interrupt Vector input (Table 7-159). */
struct cxlmb_pid_irq_req {
	uint32_t start_byte, num_bytes;
	uint8_t clear_on_read;
};
CXLMB_CODEC(cxlmb_pid_irq_req, struct cxlmb_pid_irq_req)
/* 5801h output (Tables 7-160/7-161: an excerpt of a 200h-byte vector);
 * 5802h/5901h output (Tables 7-163/7-164: of the 400h-byte GMV + VTV). 5802h
 * asks as cxlmb_lav_req (Table 7-162: Number of Bytes at 4h, the table's
 * "1h" overlaps Start Byte), 5901h as cxlmb_vcs_lav_req (Table 7-183). */
#define CXLMB_PAV_BYTES 0x400u
CXLMB_CODEC(cxlmb_pid_irq_rsp, struct cxlmb_lav_rsp)
CXLMB_CODEC(cxlmb_pav_rsp, struct cxlmb_lav_rsp)
/* 5803h Get FAST/IDT Capabilities input (Table 7-165). */
struct cxlmb_fast_caps_req {
	uint8_t vppb_instance;
};
CXLMB_CODEC(cxlmb_fast_caps_req, struct cxlmb_fast_caps_req)
/* 5803h output (Tables 7-166, 7-167). */
struct cxlmb_fast_caps_rsp {
	uint8_t vppb_instance;
	uint16_t num_segments; /* 0 or a power of 2 */
	uint8_t seg_size;      /* FSegSz */
	uint16_t num_idt;
	uint8_t pid_list_len;
	uint8_t egress_vpl0, ingress_vpl0;
	uint64_t fabric_base, fabric_limit;
	struct cxlmb_array pids; /* of cxlmb_pid16 */
};
CXLMB_CODEC(cxlmb_fast_caps_rsp, struct cxlmb_fast_caps_rsp)
/* 5804h Set FAST/IDT Configuration input (Table 7-168). */
struct cxlmb_fast_config_req {
	uint8_t vppb_instance, seg_size;
	uint8_t egress_vpl0, ingress_vpl0;
	uint64_t fabric_base, fabric_limit;
};
CXLMB_CODEC(cxlmb_fast_config_req, struct cxlmb_fast_config_req)
/* A FAST segment entry (Table 7-171). */
struct cxlmb_fast_segment {
	uint8_t valid, gim;
	uint8_t intlv, gran;
	uint16_t dpid_ix; /* 11:0 */
};
CXLMB_CODEC(cxlmb_fast_segment, struct cxlmb_fast_segment)
/* 5805h output (Table 7-170). */
struct cxlmb_fast_segments_rsp {
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array segments; /* of cxlmb_fast_segment */
};
CXLMB_CODEC(cxlmb_fast_segments_rsp, struct cxlmb_fast_segments_rsp)
/* 5806h input (Table 7-172). */
struct cxlmb_fast_segments_req {
	uint8_t vppb_instance;
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array segments; /* of cxlmb_fast_segment */
};
CXLMB_CODEC(cxlmb_fast_segments_req, struct cxlmb_fast_segments_req)
/* 5809h Proxy GFD Management Command input/output (Tables 7-176, 7-177). */
struct cxlmb_proxy_gfd_req {
	uint16_t pid;
	uint64_t req_addr;
	uint16_t req_size;
	uint64_t rsp_addr;
	uint16_t max_rsp_size;
};
CXLMB_CODEC(cxlmb_proxy_gfd_req, struct cxlmb_proxy_gfd_req)
struct cxlmb_proxy_gfd_rsp {
	uint8_t seq;
	uint16_t avail_threads;
};
CXLMB_CODEC(cxlmb_proxy_gfd_rsp, struct cxlmb_proxy_gfd_rsp)
/* 580Ah/580Bh input (Tables 7-178, 7-180): a PID and a sequence number. */
struct cxlmb_proxy_thread_req {
	uint16_t pid;
	uint8_t seq;
};
CXLMB_CODEC(cxlmb_proxy_thread_req, struct cxlmb_proxy_thread_req)
/* 580Ah output (Table 7-179). */
struct cxlmb_proxy_thread_status_rsp {
	uint8_t in_progress;
	uint16_t avail_threads;
};
CXLMB_CODEC(cxlmb_proxy_thread_status_rsp, struct cxlmb_proxy_thread_status_rsp)
/* 580Bh output (Table 7-181). */
struct cxlmb_threads_rsp {
	uint16_t avail_threads;
};
CXLMB_CODEC(cxlmb_threads_rsp, struct cxlmb_threads_rsp)
/* 5902h Configure VCS PID Access input (Table 7-184). */
struct cxlmb_vcs_pid_access_req {
	uint8_t vcs_id;
	uint16_t pid;
	uint8_t operation; /* 0-4; the latency/bandwidth fields are reserved for 1 and 3 */
	uint64_t latency_base;
	uint16_t latency;
	uint64_t bw_base;
	uint16_t bw;
};
CXLMB_CODEC(cxlmb_vcs_pid_access_req, struct cxlmb_vcs_pid_access_req)
/* 5903h output (Table 7-186; its input is a VCS ID, cxlmb_id8, Table 7-185). */
struct cxlmb_vpl0_state {
	uint8_t egress_vpl0, ingress_vpl0;
};
CXLMB_CODEC(cxlmb_vpl0_state, struct cxlmb_vpl0_state)
/* 5904h input (Table 7-187). */
struct cxlmb_set_vpl0_req {
	uint8_t vcs_id;
	uint8_t egress_vpl0, ingress_vpl0;
};
CXLMB_CODEC(cxlmb_set_vpl0_req, struct cxlmb_set_vpl0_req)
/* 5701h Fabric Crawl Out input (r3.2 Table 7-113); its output is laid out
 * as 5300h's (Table 7-114): cxlmb_crawl_out_rsp_schema over cxlmb_tunnel_rsp. */
#define CXLMB_OPCODE_CRAWL_OUT 0x5701u
struct cxlmb_crawl_out_req {
	uint16_t target;     /* type 0: port number (7:0); type 1: PID (11:0) */
	uint8_t target_type; /* 0 port number, 1 PBR-ID */
	uint16_t command_size;
	struct cxlmb_bytes message;
};
CXLMB_CODEC(cxlmb_crawl_out_req, struct cxlmb_crawl_out_req)
extern const struct cxlmb_schema cxlmb_crawl_out_rsp_schema;
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

#ifdef __cplusplus
}
#endif

#endif
