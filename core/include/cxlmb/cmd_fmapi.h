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

#ifdef __cplusplus
}
#endif

/* the GAE (58h/59h) and GFD (49h) sets, whose layouts share the ones above */
#include "cmd_gae.h"
#include "cmd_gfd.h"

#endif
