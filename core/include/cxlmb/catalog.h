/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command catalog: one row per CCI command.
 *
 * The table drives the codec (cxlmb_cmd_decode/encode), the policy, the
 * simulator's dispatch, fuzz dictionaries, seed corpora, the conformance
 * suite and the `cxlmb list` output.  Rows live in core/src/catalog_*.def,
 * sorted by opcode; adding a command is one row plus its layout tables. */
#ifndef CXLMB_CATALOG_H
#define CXLMB_CATALOG_H

#include "env.h"
#include "schema.h"
#include "sets.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Command Effects Log effect bits (CXL r3.2 §8.2.10.5.1.1, Table 8-75). */
#define CXLMB_EFF_CONFIG_COLD_RESET 0x0001u  /* config change after cold reset */
#define CXLMB_EFF_IMM_CONFIG 0x0002u         /* immediate configuration change */
#define CXLMB_EFF_IMM_DATA 0x0004u           /* immediate data change */
#define CXLMB_EFF_IMM_POLICY 0x0008u         /* immediate policy change */
#define CXLMB_EFF_IMM_LOG 0x0010u            /* immediate log change */
#define CXLMB_EFF_SECURITY 0x0020u           /* security state change */
#define CXLMB_EFF_BACKGROUND 0x0040u         /* background operation */
#define CXLMB_EFF_SECONDARY_MBOX 0x0080u     /* supported on the secondary mailbox */
#define CXLMB_EFF_ABORT_SUPPORTED 0x0100u    /* Request Abort Background Operation supported */
#define CXLMB_EFF_RESET_VALID 0x0200u        /* bits 11:10 are valid */
#define CXLMB_EFF_CONFIG_CONV_RESET 0x0400u  /* config change after conventional reset */
#define CXLMB_EFF_CONFIG_CXL_RESET 0x0800u   /* config change after CXL reset */
#define CXLMB_EFF_RESERVED_MASK 0xF000u

/* Policy class: what a command can do, for the central policy. */
enum cxlmb_policy_class {
	CXLMB_POL_READ,        /* reports state, changes nothing */
	CXLMB_POL_CONFIG,      /* changes device or host-visible configuration */
	CXLMB_POL_EVENTS,      /* clears or re-routes events and logs */
	CXLMB_POL_FIRMWARE,    /* firmware transfer and activation */
	CXLMB_POL_DESTRUCTIVE, /* destroys or rewrites media data (sanitize, erase, LSA) */
	CXLMB_POL_SECURITY,    /* passphrases, lock state, security passthrough */
	CXLMB_POL_POISON,      /* poison injection and clearing, media scans */
	CXLMB_POL_FABRIC,      /* FM-API: ports, binding, LD allocation, DCD management */
	CXLMB_POL_TUNNEL,      /* carries another command inside it */
	CXLMB_POL_VENDOR,      /* vendor-specific: unknown effects */
	CXLMB_POL_COUNT_
};

/* Row flags. */
#define CXLMB_CMD_TYPED 0x01u  /* request and response have typed codecs */
#define CXLMB_CMD_BG 0x02u     /* may complete in the background (rc 0001h) */
#define CXLMB_CMD_VENDOR 0x04u /* the vendor-specific fallback row */
#define CXLMB_CMD_OPAQUE_BY_DESIGN 0x08u /* payload the specification leaves vendor-
					 * or protocol-defined: stays opaque */

/* "Up to the mailbox payload size": a variable-length bound. */
#define CXLMB_VAR CXLMB_PAYLOAD_MAX
/* A row's size for a side with a layout: the layout's own (read them with
 * cxlmb_cmd_min_len / cxlmb_cmd_max_len, never from the row). */
#define CXLMB_LAYOUT_LEN 0xFFFFFFFFu

enum cxlmb_dir { CXLMB_REQ = 0, CXLMB_RSP = 1 };

/* Extra printing that a layout table cannot express (records dispatched by
 * UUID, VCS blocks).  Semantic checks live with the layout (schema hooks),
 * so the typed and the catalog decoders agree. */
struct cxlmb_cmd_hooks {
	int (*visit)(enum cxlmb_dir dir, const void *val, unsigned flags,
		     const struct cxlmb_visitor *v);
};

struct cxlmb_cmd {
	uint16_t opcode;   /* (command set << 8) | command */
	uint16_t effects;  /* CXLMB_EFF_* the command is specified to have */
	const char *name;  /* specification name */
	const char *ident; /* snake_case identifier (file names, dictionaries) */
	/* payload bytes of an opaque side (CXLMB_VAR: up to the mailbox); 0/0
	 * for no payload; CXLMB_LAYOUT_LEN where the layout gives them */
	uint32_t req_min, req_max;
	uint32_t rsp_min, rsp_max;
	uint8_t policy;    /* enum cxlmb_policy_class */
	uint8_t flags;     /* CXLMB_CMD_* */
	/* Typed layouts; NULL means "no payload" for a TYPED command and
	 * "opaque bytes" otherwise. */
	const struct cxlmb_schema *req, *rsp;
	const struct cxlmb_cmd_hooks *hooks;
};

/* Catalog iteration (ascending opcode order). */
size_t cxlmb_cmd_count(void);
const struct cxlmb_cmd *cxlmb_cmd_at(size_t i);

/* O(log n) lookup.  Vendor-specific opcodes (C000h-FFFFh) resolve to a
 * shared opaque row; any other unknown opcode gives NULL. */
const struct cxlmb_cmd *cxlmb_cmd_find(uint16_t opcode);

/* Name of a command set ("Identify", "Logs", ...), or NULL. */
const char *cxlmb_cmd_set_name(uint8_t set);
/* Name of a policy class ("read", ...). */
const char *cxlmb_policy_class_name(unsigned pol);

/* Shortest and longest payload of one side (CXLMB_VAR: up to the mailbox
 * payload size), from the layout where there is one; 0 for a NULL row. */
uint32_t cxlmb_cmd_min_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir);
uint32_t cxlmb_cmd_max_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir);

/* Check a payload length against the row: TRUNCATED, OVERSIZE, OK, or
 * INVALID_ARG for a NULL row.  cxlmb_cmd_decode() applies the same bounds. */
int cxlmb_cmd_check_len(const struct cxlmb_cmd *c, enum cxlmb_dir dir, size_t len);

/* Size of the typed value cxlmb_cmd_decode() fills (opaque payloads decode
 * into a struct cxlmb_bytes); 0 for a NULL row.  Never more than
 * CXLMB_CMD_STRUCT_MAX. */
size_t cxlmb_cmd_struct_size(const struct cxlmb_cmd *c, enum cxlmb_dir dir);
#define CXLMB_CMD_STRUCT_MAX 1024u

/* Catalog-driven codec, whatever the command. */
int cxlmb_cmd_decode(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const uint8_t *buf,
		     size_t len, unsigned flags, void *out);
/* Decode a response with its request as context (answers whose shape the
 * request sets: list limits, start indexes).  req may be NULL (len 0) when
 * the request is not known: then the response is decoded on its own. */
int cxlmb_cmd_decode_rsp(const struct cxlmb_cmd *c, const uint8_t *req, size_t req_len,
			 const uint8_t *buf, size_t len, unsigned flags, void *out);
/* Both of the above, and where a decode failed (err may be NULL): the
 * field's name and byte offset, for messages that say where. */
int cxlmb_cmd_decode_ex(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const uint8_t *req,
			size_t req_len, const uint8_t *buf, size_t len, unsigned flags, void *out,
			struct cxlmb_decode_err *err);
int cxlmb_cmd_encode(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const void *in,
		     uint8_t *buf, size_t cap, size_t *out_len);
int cxlmb_cmd_visit(const struct cxlmb_cmd *c, enum cxlmb_dir dir, const void *val,
		    unsigned flags, const struct cxlmb_visitor *v);

/* Typed per-command API: CXLMB_CODEC(cxlmb_identify_memdev_rsp, struct x)
 * declares the layout and the inline cxlmb_identify_memdev_rsp_decode() /
 * _encode() pair over it. */
#define CXLMB_CODEC(nm, T)                                                                    \
	extern const struct cxlmb_schema nm##_schema;                                         \
	static inline int nm##_decode(const uint8_t *buf, size_t len, unsigned flags, T *out)  \
	{ return cxlmb_schema_decode(&nm##_schema, buf, len, flags, out); }                    \
	static inline int nm##_encode(const T *in, uint8_t *buf, size_t cap, size_t *out_len)  \
	{ return cxlmb_schema_encode(&nm##_schema, in, buf, cap, out_len); }

#ifdef __cplusplus
}
#endif

#endif
