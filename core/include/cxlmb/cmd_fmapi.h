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
	uint8_t gae_support;       /* bit 4 (PBR switch USPs) */
	uint8_t connected_device_mode; /* 3:0: 0-5 */
	uint8_t connected_device_type; /* 0-6 */
	uint8_t supported_cxl_modes;   /* 4:0 */
	uint8_t max_link_width;
	uint8_t negotiated_link_width;
	uint8_t supported_link_speeds;
	uint8_t max_link_speed;
	uint8_t current_link_speed;
	uint8_t ltssm_state;
	uint8_t first_negotiated_lane;
	uint16_t link_state_flags; /* 3:0 */
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
	/* context, not on the wire: the request's values when the decoder was
	 * given it (cxlmb_cmd_decode_rsp); without it a block holds all of its
	 * VCS's vPPBs */
	uint8_t req_known;
	uint8_t req_start_vppb;
	uint8_t req_vppb_list_limit;
	uint8_t req_num_vcs;
};
CXLMB_CODEC(cxlmb_get_vcs_info_rsp, struct cxlmb_get_vcs_info_rsp)
struct cxlmb_vppb_info {
	uint8_t binding_status; /* 0 unbound, 1 in progress, 2 bound to port, 3 bound to LD,
				 * 4 bound to a PID (PBR switches, r3.1+): then the PID
				 * is bound_port_id | (bound_ld_id & 0Fh) << 8 */
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
/* Next VCS info block at *pos (start at 0) of rsp->blocks.  Entries present
 * in a block: min(vPPB List Limit, Number of vPPBs) when the request is known
 * (rsp->req_known), else Number of vPPBs (CXL r3.2 Table 7-32 and its note). */
int cxlmb_vcs_info_next(const struct cxlmb_get_vcs_info_rsp *rsp, uint32_t *pos, unsigned flags,
			struct cxlmb_vcs_info *out);
extern const struct cxlmb_cmd_hooks cxlmb_vcs_info_hooks;
/* vPPB entries a VCS block with num_vppbs vPPBs holds for this answer. */
uint32_t cxlmb_vcs_info_entries(const struct cxlmb_get_vcs_info_rsp *rsp, uint8_t num_vppbs);
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
/* 5203h Generate AER Event input (CXL r3.2 Table 7-35). */
struct cxlmb_gen_aer_req {
	uint8_t vcs_id;
	uint8_t vppb_instance; /* 0 the USP, 1.. the DSP vPPBs in device/function order */
	uint8_t error_bit;     /* bit position in the AER (un)correctable status register */
	uint8_t severity;      /* 0 correctable, 1 uncorrectable */
	uint8_t aer_header[32]; /* TLP header for the AER header log */
};
CXLMB_CODEC(cxlmb_gen_aer_req, struct cxlmb_gen_aer_req)

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
	/* context, not on the wire: the 5300h request this answers, when the
	 * decoder was given it (cxlmb_cmd_decode_rsp); its embedded request
	 * then checks and shapes the embedded answer */
	struct cxlmb_bytes req;
};
CXLMB_CODEC(cxlmb_tunnel_rsp, struct cxlmb_tunnel_rsp)
/* 5700h Identify PBR Switch output (r3.2 Table 7-112). */
struct cxlmb_pbr_switch_identify_rsp {
	uint64_t gae_support_map; /* bit n: VCS n has a GAE */
	uint8_t num_drts;         /* at least 1 */
	uint8_t num_rgts;
	uint8_t random, congestion_avoidance, advanced_ca; /* dynamic routing modes */
	uint8_t vendor_mode1, vendor_mode2;
};
CXLMB_CODEC(cxlmb_pbr_switch_identify_rsp, struct cxlmb_pbr_switch_identify_rsp)
/* 5702h Get PBR Link Partner Info: input as 5101h's (Table 7-115); a block
 * per port (Table 7-117). */
struct cxlmb_link_partner_info {
	uint8_t port_id, far_end_port_id;
	uint16_t pid;       /* 11:0 */
	uint8_t device_type; /* 15:12 of the same word */
	uint8_t link_partner_id[16];
	uint8_t std_fc_vc_list, uio_fc_vc_list;
	uint8_t primary_fm_uuid[16], secondary_fm_uuid[16];
};
CXLMB_CODEC(cxlmb_link_partner_info, struct cxlmb_link_partner_info)
/* 5702h output (Table 7-116). */
struct cxlmb_link_partner_rsp {
	uint8_t num_ports;
	struct cxlmb_array ports; /* of cxlmb_link_partner_info */
};
CXLMB_CODEC(cxlmb_link_partner_rsp, struct cxlmb_link_partner_rsp)
/* 5703h Get PID Target List / 5707h Get Table Descriptors input (Tables
 * 7-118, 7-126): a start index and a count. */
struct cxlmb_pbr_range_req {
	uint16_t start_index;
	uint16_t count;
};
CXLMB_CODEC(cxlmb_pbr_range_req, struct cxlmb_pbr_range_req)
/* A PID target (Table 7-120). */
struct cxlmb_pid_target {
	uint16_t target_id;
	uint8_t target_type; /* 0 fabric port, 1 host edge port, 2 downstream edge port */
	uint8_t instance_id, vcs_id, port_id;
	uint16_t pid;        /* FFFh: unassigned */
};
CXLMB_CODEC(cxlmb_pid_target, struct cxlmb_pid_target)
/* 5703h output (Table 7-119). */
struct cxlmb_pid_target_rsp {
	uint16_t total;
	uint16_t count;
	struct cxlmb_array targets; /* of cxlmb_pid_target */
};
CXLMB_CODEC(cxlmb_pid_target_rsp, struct cxlmb_pid_target_rsp)
/* A PID assignment (Table 7-122). */
struct cxlmb_pid_assignment {
	uint16_t pid;
	uint16_t target_id;
	uint8_t instance_id;
};
CXLMB_CODEC(cxlmb_pid_assignment, struct cxlmb_pid_assignment)
/* 5704h Configure PID Assignment input (Table 7-121). */
struct cxlmb_pid_assign_req {
	uint8_t operation; /* 0 assign, 1 clear */
	uint16_t count;
	struct cxlmb_array assignments; /* of cxlmb_pid_assignment */
};
CXLMB_CODEC(cxlmb_pid_assign_req, struct cxlmb_pid_assign_req)
/* 5705h Get PID Binding input (Table 7-123). */
struct cxlmb_pid_binding_req {
	uint8_t vcs_id, vppb_id;
};
CXLMB_CODEC(cxlmb_pid_binding_req, struct cxlmb_pid_binding_req)
/* 5705h output (Table 7-124) and the binding part of 5706h's input
 * (Table 7-125): ACPI HMAT latency and bandwidth of the fabric path. */
struct cxlmb_pid_binding {
	uint8_t operation;   /* 5706h: 0 bind, 1 unbind */
	uint8_t vcs_id, vppb_id; /* 5706h */
	uint16_t pid;
	uint64_t latency_base;
	uint16_t latency;
	uint64_t bw_base;
	uint16_t bw;
};
CXLMB_CODEC(cxlmb_pid_binding, struct cxlmb_pid_binding)
extern const struct cxlmb_schema cxlmb_pid_binding_rsp_schema;
/* A table descriptor (Table 7-128). */
struct cxlmb_table_descriptor {
	uint8_t table_type; /* 0 DRT, 1 RGT */
	uint16_t table_index;
	uint8_t active_port_mask[32];
};
CXLMB_CODEC(cxlmb_table_descriptor, struct cxlmb_table_descriptor)
/* 5707h output (Table 7-127). */
struct cxlmb_table_descriptors_rsp {
	uint16_t start_index;
	uint16_t count;
	struct cxlmb_array descriptors; /* of cxlmb_table_descriptor */
};
CXLMB_CODEC(cxlmb_table_descriptors_rsp, struct cxlmb_table_descriptors_rsp)
/* 5708h Get DRT input (r3.2 Table 7-129): cxlmb_rgt_req's layout.  A DRT
 * entry (Table 7-131): 2 bytes. */
struct cxlmb_drt_entry {
	uint8_t entry_type;     /* 0 invalid, 1 physical port, 2 RGT index */
	uint8_t routing_target; /* the port or the RGT entry, by entry_type */
};
CXLMB_CODEC(cxlmb_drt_entry, struct cxlmb_drt_entry)
/* 5708h output (Table 7-130). */
struct cxlmb_drt {
	uint8_t drt_index;
	uint16_t count;
	uint16_t start_entry;
	uint8_t rgt_index; /* the RGT this DRT uses */
	struct cxlmb_array entries; /* of cxlmb_drt_entry */
};
CXLMB_CODEC(cxlmb_drt, struct cxlmb_drt)
/* 5709h Set DRT input (Table 7-132). */
struct cxlmb_set_drt {
	uint8_t drt_index;
	uint16_t count;
	uint16_t start_entry;
	struct cxlmb_array entries; /* of cxlmb_drt_entry */
};
CXLMB_CODEC(cxlmb_set_drt, struct cxlmb_set_drt)
/* 570Ah Get RGT input (Table 7-133). */
struct cxlmb_rgt_req {
	uint8_t rgt_index;
	uint16_t count;
	uint16_t start_entry;
};
CXLMB_CODEC(cxlmb_rgt_req, struct cxlmb_rgt_req)
/* An RGT entry (Table 7-135). */
struct cxlmb_rgt_entry {
	uint8_t egress_port[8];
	uint8_t highest_valid, highest_primary;
	uint8_t routing_mode; /* 0 random, 1 CA, 2 advanced CA, 6-7 vendor */
	uint8_t mix;
};
CXLMB_CODEC(cxlmb_rgt_entry, struct cxlmb_rgt_entry)
/* 570Ah output (Table 7-134) and 570Bh Set RGT input (Table 7-136). */
struct cxlmb_rgt {
	uint8_t rgt_index;
	uint16_t count;
	uint16_t start_entry;
	struct cxlmb_array entries; /* of cxlmb_rgt_entry */
};
CXLMB_CODEC(cxlmb_rgt, struct cxlmb_rgt)
extern const struct cxlmb_schema cxlmb_set_rgt_schema;
/* 570Ch Get LDST/IDT Capabilities output (Table 7-138); input: the vPPB
 * instance (cxlmb_id8). */
struct cxlmb_ldst_caps_rsp {
	uint8_t vppb_instance;
	uint16_t num_segments;
	uint8_t seg_size;  /* FSegSz encoding */
	uint16_t num_idt;
	uint16_t num_re_routers;
	uint16_t local_pid;
	uint64_t fabric_base, fabric_limit;
};
CXLMB_CODEC(cxlmb_ldst_caps_rsp, struct cxlmb_ldst_caps_rsp)
/* 570Dh Set LDST/IDT Configuration input (Table 7-139). */
struct cxlmb_ldst_config_req {
	uint8_t vppb_instance;
	uint8_t seg_size;
	uint64_t fabric_base, fabric_limit;
};
CXLMB_CODEC(cxlmb_ldst_config_req, struct cxlmb_ldst_config_req)
/* 570Eh Get LDST Segment Entries / 5710h Get LDST IDT DPID Entries input
 * (Tables 7-140, 7-144): a vPPB, a count (at least 1) and a start index. */
struct cxlmb_ldst_range_req {
	uint8_t vppb_instance;
	uint16_t count;
	uint16_t start_index;
};
CXLMB_CODEC(cxlmb_ldst_range_req, struct cxlmb_ldst_range_req)
/* An LDST segment entry (Table 7-142). */
struct cxlmb_ldst_segment {
	uint8_t valid, pcie_segment;
	uint8_t intlv, gran;
	uint16_t dpid_ix; /* 11:0: the DPID, or the IDT index when interleaved */
};
CXLMB_CODEC(cxlmb_ldst_segment, struct cxlmb_ldst_segment)
/* 570Eh output (Table 7-141). */
struct cxlmb_ldst_segments_rsp {
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array segments; /* of cxlmb_ldst_segment */
};
CXLMB_CODEC(cxlmb_ldst_segments_rsp, struct cxlmb_ldst_segments_rsp)
/* 570Fh Set LDST Segment Entries input (Table 7-143). */
struct cxlmb_ldst_segments_req {
	uint8_t vppb_instance;
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array segments; /* of cxlmb_ldst_segment */
};
CXLMB_CODEC(cxlmb_ldst_segments_req, struct cxlmb_ldst_segments_req)
/* A 12-bit PID in a 16-bit word (15:12 reserved). */
struct cxlmb_pid16 {
	uint16_t pid;
};
CXLMB_CODEC(cxlmb_pid16, struct cxlmb_pid16)
/* 5710h output (Table 7-145). */
struct cxlmb_ldst_idt_rsp {
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array dpids; /* of cxlmb_pid16 */
};
CXLMB_CODEC(cxlmb_ldst_idt_rsp, struct cxlmb_ldst_idt_rsp)
/* 5711h Set LDST IDT DPID Entries input (Table 7-146). */
struct cxlmb_ldst_idt_req {
	uint8_t vppb_instance;
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array dpids; /* of cxlmb_pid16 */
};
CXLMB_CODEC(cxlmb_ldst_idt_req, struct cxlmb_ldst_idt_req)
/* A Completer ID-Based Re-Router entry (Table 7-149): five bytes, no padding. */
struct cxlmb_cidrr_entry {
	uint16_t dpid; /* 11:0 */
	uint8_t enable_segment;
	uint8_t segment, bus;
	uint8_t function, device;
};
CXLMB_CODEC(cxlmb_cidrr_entry, struct cxlmb_cidrr_entry)
/* 5712h output (Table 7-148); its input is cxlmb_ldst_range_req (Table 7-147). */
struct cxlmb_cidrr_rsp {
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array entries; /* of cxlmb_cidrr_entry */
};
CXLMB_CODEC(cxlmb_cidrr_rsp, struct cxlmb_cidrr_rsp)
/* 5713h input (Table 7-150). */
struct cxlmb_cidrr_req {
	uint8_t vppb_instance;
	uint16_t count;
	uint16_t start_index;
	struct cxlmb_array entries; /* of cxlmb_cidrr_entry */
};
CXLMB_CODEC(cxlmb_cidrr_req, struct cxlmb_cidrr_req)
/* 5714h Get LDST Access Vector input (Table 7-151); 5715h adds a VCS
 * (Table 7-154). */
struct cxlmb_lav_req {
	uint32_t start_byte, num_bytes;
};
CXLMB_CODEC(cxlmb_lav_req, struct cxlmb_lav_req)
struct cxlmb_vcs_lav_req {
	uint8_t vcs_id;
	uint32_t start_byte, num_bytes;
};
CXLMB_CODEC(cxlmb_vcs_lav_req, struct cxlmb_vcs_lav_req)
/* 5714h/5715h output (Table 7-152): an excerpt of the 200h-byte LDST
 * Access Vector (Table 7-153), at most the bytes asked. */
#define CXLMB_LAV_BYTES 0x200u
struct cxlmb_lav_rsp {
	uint32_t num_bytes;
	struct cxlmb_array data; /* of cxlmb_id8 */
};
CXLMB_CODEC(cxlmb_lav_rsp, struct cxlmb_lav_rsp)
/* 5716h Configure VCS LDST Access input (Table 7-155). */
struct cxlmb_vcs_ldst_access_req {
	uint8_t vcs_id;
	uint16_t pid;
	uint8_t operation; /* 0 enable, 1 disable */
};
CXLMB_CODEC(cxlmb_vcs_ldst_access_req, struct cxlmb_vcs_ldst_access_req)
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
	uint8_t dsmas_flags; /* bits 6:2 as the CDAT DSMAS flags; 1:0, 7 reserved */
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
