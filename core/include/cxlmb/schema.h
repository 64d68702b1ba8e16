/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Table-driven payload layouts.
 *
 * Every fixed or counted payload layout is described once, as a table of
 * fields giving each field's place on the wire and in the typed C struct.
 * One small interpreter then decodes (totally), encodes (byte-exactly),
 * validates and visits every layout, so no command carries hand-written
 * offset arithmetic and no struct is ever laid over wire bytes. */
#ifndef CXLMB_SCHEMA_H
#define CXLMB_SCHEMA_H

#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Decode flags.  Lengths are always checked.
 * STRICT: reserved bits set and undefined enum values are errors (conformance).
 * LENIENT: reserved bits and enums are not checked, and bytes past the
 *   layout are accepted (a newer device's longer form, as Linux accepts it).
 * EXACT: reserved bits and enums not checked, but the length must be one
 *   the layout defines (no trailing bytes).
 * ALLOW_TRAILING: the trailing-bytes part of LENIENT, to combine with STRICT.
 * SHALLOW: do not decode an embedded message (5300h) as its inner layout;
 *   the tunnel transport uses it, and decodes the innermost answer itself. */
#define CXLMB_STRICT 0x1u
#define CXLMB_ALLOW_TRAILING 0x2u
#define CXLMB_LENIENT CXLMB_ALLOW_TRAILING
#define CXLMB_EXACT 0x0u
#define CXLMB_SHALLOW 0x4u

struct cxlmb_schema;

/* A counted run of fixed-size entries, left in wire form (zero copy).
 * Read element i with cxlmb_array_get(); build one with cxlmb_schema_encode()
 * of each entry into a caller buffer.  'entry' is the entry layout the
 * decoder set: cxlmb_array_get() refuses any other (a caller building an
 * array to encode may leave it NULL). */
struct cxlmb_array {
	const uint8_t *data;
	uint32_t count;
	const struct cxlmb_schema *entry;
};

/* Trailing bytes whose meaning is opaque to the layout (log data, firmware
 * image, vendor payload, an embedded message). */
struct cxlmb_bytes {
	const uint8_t *data;
	uint32_t len;
};

enum cxlmb_field_kind {
	CXLMB_F_UINT,  /* unsigned integer, optionally a bit range of the wire word */
	CXLMB_F_SINT,  /* two's-complement integer (whole wire word) */
	CXLMB_F_BYTES, /* fixed-size opaque bytes: struct member is uint8_t[wire_size] */
	CXLMB_F_ASCII, /* fixed-size text, NUL padded: uint8_t[wire_size] */
	CXLMB_F_UUID,  /* 16 bytes in wire order: uint8_t[16] */
	CXLMB_F_RSVD,  /* reserved: bits lim << shift (all bits if lim == 0) must be zero */
	CXLMB_F_ARRAY, /* struct cxlmb_array: 'count_field' entries of 'entry' */
	CXLMB_F_TAIL,  /* struct cxlmb_bytes: every byte to the end of the payload */
};

/* Field flags. */
#define CXLMB_FF_ENUM_MAX 0x01u  /* strict: value > lim is BAD_ENUM */
#define CXLMB_FF_ENUM_MASK 0x02u /* strict: value must be a set bit of lim (values < 32) */
#define CXLMB_FF_AFTER 0x04u     /* wire_off is relative to the end of the array */
#define CXLMB_FF_HEX 0x08u       /* visitor hint: print in hex */
#define CXLMB_FF_BOOL 0x10u      /* visitor hint: a flag bit */
#define CXLMB_FF_NONZERO 0x20u   /* strict: zero is BAD_ENUM */
#define CXLMB_FF_INPLACE 0x40u   /* bit range kept in place, not shifted down (addresses) */
#define CXLMB_FF_REST 0x80u      /* ARRAY: no count field; the entries fill the payload */

/* Kept small: hundreds of these sit in .rodata of an embedded build (24
 * bytes on a 32-bit target, 20 without field names). */
struct cxlmb_field {
#ifndef CXLMB_NO_FIELD_NAMES
	const char *name;
#endif
	union {
		const struct cxlmb_schema *entry; /* ARRAY: layout of one entry */
		uint32_t lim;  /* enum limit, enum mask, or reserved-bit mask */
	};
	uint16_t wire_off;     /* byte offset on the wire */
	uint16_t wire_size;    /* bytes on the wire (1..8 for integers) */
	uint16_t st_off;       /* offsetof() the struct member */
	uint16_t aux;          /* TAIL: length must be a multiple of this (0/1: any);
				* ARRAY: offsetof() the member holding the count */
	uint8_t kind;          /* enum cxlmb_field_kind */
	uint8_t flags;         /* CXLMB_FF_* */
	uint8_t shift, width;  /* integer bit range; width 0 = the whole word */
	uint8_t st_size;       /* size of the struct member (integers: 1, 2, 4, 8) */
};

/* Field names serve only the visitor and error reports;
 * -DCXLMB_NO_FIELD_NAMES drops them from builds that never print (the
 * library and its users must agree on it).  CXLMB_FIELD_NAME(f) is "" then. */
#ifdef CXLMB_NO_FIELD_NAMES
#define CXLMB_NAME_(s) ""
#define CXLMB_FNAME_(s)
#define CXLMB_FIELD_NAME(f) ((void)(f), "")
#else
#define CXLMB_NAME_(s) s
#define CXLMB_FNAME_(s) .name = s,
#define CXLMB_FIELD_NAME(f) ((f)->name)
#endif

/* Checks a layout table cannot express, kept with the layout so that the
 * typed and the catalog decoders give one answer.  Both optional.
 * bind: store what the request tells about the answer's shape (list limits,
 *   start indexes) into the decoded value; req is NULL when not known, and a
 *   malformed request is an error.  Called before check, on decode only.
 * check: semantic rules over a decoded value (on decode with the caller's
 *   flags, on encode with CXLMB_STRICT). */
struct cxlmb_schema_hooks {
	int (*bind)(void *val, const uint8_t *req, size_t req_len, unsigned flags);
	int (*check)(const void *val, unsigned flags);
};

struct cxlmb_schema {
	const char *name;  /* the layout's identifier */
	const struct cxlmb_field *fields;
	const struct cxlmb_schema_hooks *hooks;
	uint16_t nfields;
	uint16_t st_size;  /* sizeof the typed struct */
	uint32_t min_len;  /* shortest valid payload (fields past it are optional) */
	uint32_t max_len;  /* longest fixed form; ignored when an ARRAY/TAIL is present */
	uint16_t entry_size; /* when used as an ARRAY entry: its stride on the wire */
};

/* Where a decode failed: the field (its name, "" without field names) and
 * its byte offset in the buffer given.  field is NULL when the error is not
 * one field's (a length, a semantic rule). */
struct cxlmb_decode_err {
	const char *field;
	uint32_t offset;
};

/* Decode 'len' bytes at 'buf' into '*out' (a struct of schema->st_size
 * bytes, zeroed first), or only validate when out is NULL.  Never reads
 * outside buf[0..len).  Views in the result point into buf. */
int cxlmb_schema_decode(const struct cxlmb_schema *s, const uint8_t *buf, size_t len,
			unsigned flags, void *out);
/* The same with the request as context (req may be NULL) and, when err is
 * not NULL, the failing field on error. */
int cxlmb_schema_decode_ex(const struct cxlmb_schema *s, const uint8_t *req, size_t req_len,
			   const uint8_t *buf, size_t len, unsigned flags, void *out,
			   struct cxlmb_decode_err *err);

/* Bytes the encoding of 'in' takes (0 when 'in' is inconsistent). */
size_t cxlmb_schema_encoded_len(const struct cxlmb_schema *s, const void *in);

/* Encode '*in' into buf (capacity cap): writes exactly the layout's bytes with
 * reserved fields zero.  *out_len receives the length.  Refuses values that
 * do not fit their field (VALUE_RANGE), values a strict decode would refuse
 * (BAD_ENUM, the layout's own checks), array counts that disagree with their
 * count field (COUNT_MISMATCH) and variable parts past the 1 MiB payload
 * maximum (OVERSIZE): what it writes always decodes strictly. */
int cxlmb_schema_encode(const struct cxlmb_schema *s, const void *in, uint8_t *buf,
			size_t cap, size_t *out_len);

/* Decode entry i of an array decoded with schema 'entry' (INVALID_ARG when
 * the array holds entries of another layout). */
int cxlmb_array_get(const struct cxlmb_schema *entry, const struct cxlmb_array *a,
		    uint32_t i, unsigned flags, void *out);

/* The integer field holding the count of array field 'arr' of layout s
 * (NULL when arr is not one of s's arrays or the table names no count). */
const struct cxlmb_field *cxlmb_schema_count_field(const struct cxlmb_schema *s,
						   const struct cxlmb_field *arr);

/* Field visitor: how hosted tools print every field of a decoded value
 * without the core knowing about text or JSON. */
struct cxlmb_visitor {
	void *ctx;
	void (*uint)(void *ctx, const char *name, uint64_t v, unsigned ff);
	void (*sint)(void *ctx, const char *name, int64_t v);
	/* kind is CXLMB_F_BYTES, CXLMB_F_ASCII, CXLMB_F_UUID or CXLMB_F_TAIL */
	void (*bytes)(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind);
	void (*array_begin)(void *ctx, const char *name, uint32_t count);
	void (*elem_begin)(void *ctx, uint32_t index);
	void (*elem_end)(void *ctx);
	void (*array_end)(void *ctx);
};

/* Visit every non-reserved field of a decoded value (arrays entry by entry).
 * Returns 0 or the first error met decoding an entry. */
int cxlmb_schema_visit(const struct cxlmb_schema *s, const void *val, unsigned flags,
		       const struct cxlmb_visitor *v);

/* Largest struct an ARRAY entry may decode into (the visitor's scratch). */
#define CXLMB_ENTRY_STRUCT_MAX 512u

/* ---- layout-table helpers (used by the codec sources) ----
 * Each helper checks its table rule at build time where C can: a negative
 * array size stops the compile when a member is smaller than its wire size,
 * an offset or size does not fit its table slot, or an integer member has an
 * odd size. */
#define CXLMB_SA_(cond) (0 * sizeof(char[(cond) ? 1 : -1]))
#define CXLMB_MSZ_(T, mem) sizeof(((T *)0)->mem)
#define CXLMB_STOFF_(T, mem) ((uint16_t)(offsetof(T, mem) + CXLMB_SA_(offsetof(T, mem) <= 0xFFFFu)))
/* an integer member: 1, 2, 4 or 8 bytes, wide enough for the value */
#define CXLMB_INTOK_(T, mem, wsz, wd)                                                          \
	CXLMB_SA_((CXLMB_MSZ_(T, mem) == 1 || CXLMB_MSZ_(T, mem) == 2 || CXLMB_MSZ_(T, mem) == 4 ||  \
		   CXLMB_MSZ_(T, mem) == 8) && (wsz) >= 1 && (wsz) <= 8 &&                       \
		  ((wd) ? 8u * CXLMB_MSZ_(T, mem) >= (wd) && (wd) <= 8u * (wsz)                    \
			: CXLMB_MSZ_(T, mem) >= (wsz)))
#define CXLMB_FLD_(nm, k, off, wsz, T, mem, sh, wd, ff, lm)                                   \
	{ CXLMB_FNAME_(nm) .wire_off = (uint16_t)((off) + CXLMB_SA_((off) <= 0xFFFFu)),  \
	  .wire_size = (wsz), .kind = (k), .flags = (ff), .shift = (sh), .width = (wd),           \
	  .st_size = (uint8_t)(CXLMB_MSZ_(T, mem) + CXLMB_INTOK_(T, mem, wsz, wd) +               \
			       CXLMB_SA_((sh) + (wd) <= 8u * (wsz))),                           \
	  .st_off = CXLMB_STOFF_(T, mem), .lim = (lm) }
/* A byte-string member: exactly as large as its wire size. */
#define CXLMB_BFLD_(nm, k, off, n, T, mem)                                                     \
	{ CXLMB_FNAME_(nm) .wire_off = (uint16_t)((off) + CXLMB_SA_((off) <= 0xFFFFu)),  \
	  .wire_size = (uint16_t)((n) + CXLMB_SA_(CXLMB_MSZ_(T, mem) == (n))), .kind = (k),      \
	  .st_off = CXLMB_STOFF_(T, mem) }
/* A whole little-endian integer of wsz bytes. */
#define CXLMB_U(T, mem, off, wsz) CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, 0, 0, 0, 0)
/* Integer with flags (CXLMB_FF_HEX, ...). */
#define CXLMB_UF(T, mem, off, wsz, ff) CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, 0, 0, ff, 0)
/* Integer at 'off' from the end of the layout's array (fields that follow a
 * counted list on the wire). */
#define CXLMB_U_AFTER(T, mem, off, wsz) CXLMB_UF(T, mem, off, wsz, CXLMB_FF_AFTER)
/* Enumerated integer: strict mode rejects values above maxv. */
#define CXLMB_E(T, mem, off, wsz, maxv)                                                        \
	CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, 0, 0, CXLMB_FF_ENUM_MAX, maxv)
/* Bit range [sh, sh+wd) of the wsz-byte word at off. */
#define CXLMB_BITS(T, mem, off, wsz, sh, wd) CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, sh, wd, 0, 0)
/* Bit range with flags (CXLMB_FF_HEX, ...). */
#define CXLMB_BITSF(T, mem, off, wsz, sh, wd, ff)                                              \
	CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, sh, wd, ff, 0)
/* A single flag bit (bool-ish uint8_t member). */
#define CXLMB_BIT(T, mem, off, wsz, sh) CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, sh, 1, CXLMB_FF_BOOL, 0)
/* Bits [sh, sh+wd) kept at their place: an address whose low bits are flags. */
#define CXLMB_ADDR(T, mem, off, wsz, sh, wd)                                                   \
	CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, sh, wd, CXLMB_FF_INPLACE | CXLMB_FF_HEX, 0)
/* Enumerated bit range. */
#define CXLMB_BITS_E(T, mem, off, wsz, sh, wd, maxv)                                           \
	CXLMB_FLD_(#mem, CXLMB_F_UINT, off, wsz, T, mem, sh, wd, CXLMB_FF_ENUM_MAX, maxv)
#define CXLMB_S(T, mem, off, wsz) CXLMB_FLD_(#mem, CXLMB_F_SINT, off, wsz, T, mem, 0, 0, 0, 0)
#define CXLMB_BYTES(T, mem, off, n) CXLMB_BFLD_(#mem, CXLMB_F_BYTES, off, n, T, mem)
#define CXLMB_ASCII(T, mem, off, n) CXLMB_BFLD_(#mem, CXLMB_F_ASCII, off, n, T, mem)
#define CXLMB_UUID(T, mem, off) CXLMB_BFLD_(#mem, CXLMB_F_UUID, off, 16, T, mem)
/* Reserved bytes (all bits) or reserved bits 'mask' of a wsz-byte word. */
#define CXLMB_RSVD(off, wsz)                                                                   \
	{ CXLMB_FNAME_("reserved") .wire_off = (off), .wire_size = (wsz), .kind = CXLMB_F_RSVD }
#define CXLMB_RSVD_BITS(off, wsz, mask)                                                        \
	{ CXLMB_FNAME_("reserved") .wire_off = (off), .wire_size = (wsz),                \
	  .kind = CXLMB_F_RSVD, .lim = (mask) }
/* Reserved bits (mask << sh) of a word wider than the 32-bit mask slot. */
#define CXLMB_RSVD_BITS_AT(off, wsz, mask, sh)                                                 \
	{ CXLMB_FNAME_("reserved") .wire_off = (off), .wire_size = (wsz),                \
	  .kind = CXLMB_F_RSVD, .lim = (mask), .shift = (sh) }
/* Counted array at off of entry_schema entries; 'cnt' is the member that
 * holds the count (named, so that inserting a row never re-points it). */
#define CXLMB_ARRAY(T, mem, off, cnt, entry_schema)                                            \
	{ CXLMB_FNAME_(#mem) .wire_off = (off), .kind = CXLMB_F_ARRAY,                   \
	  .aux = CXLMB_STOFF_(T, cnt),                                                            \
	  .st_size = (uint8_t)(CXLMB_MSZ_(T, mem) +                                              \
			       CXLMB_SA_(CXLMB_MSZ_(T, mem) == sizeof(struct cxlmb_array))),     \
	  .st_off = CXLMB_STOFF_(T, mem), .entry = &(entry_schema) }
/* An array without a count field: as many entries as the bytes from off to
 * the end hold (a partial entry is COUNT_MISMATCH); the decoder sets
 * mem.count, the encoder writes mem.count entries.  For tables that size a
 * list by the payload length (DDR5 ECS feature attributes). */
#define CXLMB_ARRAY_REST(T, mem, off, entry_schema)                                            \
	{ CXLMB_FNAME_(#mem) .wire_off = (off), .kind = CXLMB_F_ARRAY, .flags = CXLMB_FF_REST,   \
	  .st_size = (uint8_t)(CXLMB_MSZ_(T, mem) +                                              \
			       CXLMB_SA_(CXLMB_MSZ_(T, mem) == sizeof(struct cxlmb_array))),     \
	  .st_off = CXLMB_STOFF_(T, mem), .entry = &(entry_schema) }
/* Every remaining byte from off; its length must be a multiple of stride. */
#define CXLMB_TAIL(T, mem, off, strd)                                                          \
	{ CXLMB_FNAME_(#mem) .wire_off = (off), .kind = CXLMB_F_TAIL, .aux = (strd),     \
	  .st_size = (uint8_t)(CXLMB_MSZ_(T, mem) +                                              \
			       CXLMB_SA_(CXLMB_MSZ_(T, mem) == sizeof(struct cxlmb_bytes))),     \
	  .st_off = CXLMB_STOFF_(T, mem) }

#define CXLMB_SCHEMA_H_(ident, T, minl, maxl, hk)                                              \
	const struct cxlmb_schema ident = { .name = CXLMB_NAME_(#ident), .fields = ident##_fields, \
		.hooks = (hk), .nfields = (uint16_t)CXLMB_ARRAY_SIZE(ident##_fields),                \
		.st_size = (uint16_t)(sizeof(T) + CXLMB_SA_(sizeof(T) <= 0xFFFFu)),                   \
		.min_len = (minl), .max_len = (maxl),                                                 \
		.entry_size = (uint16_t)((maxl) + CXLMB_SA_((maxl) <= 0xFFFFu)) }
#define CXLMB_SCHEMA(ident, T, minl, maxl) CXLMB_SCHEMA_H_(ident, T, minl, maxl, NULL)
/* A layout with semantic hooks (struct cxlmb_schema_hooks). */
#define CXLMB_SCHEMA_HOOKED(ident, T, minl, maxl, hk) CXLMB_SCHEMA_H_(ident, T, minl, maxl, &(hk))

#ifdef __cplusplus
}
#endif

#endif
