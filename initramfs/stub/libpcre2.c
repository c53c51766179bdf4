/*
 * libpcre2-8.so.0 for conmon in b2c's initramfs.
 *
 * conmon needs GLib, and Debian's GLib is linked against PCRE2 for one
 * feature, GRegex: every call into PCRE2 is made from g_regex_* and
 * g_match_info_* (objdump -d of libglib-2.0.so.0), and conmon calls none
 * of them (objdump -T /usr/bin/conmon). The real library is about 0.2 MB
 * of the xz'd initramfs. This stand-in links nothing and fails the way
 * PCRE2 fails: no pattern ever compiles, so g_regex_new would return NULL
 * with this library's message, and nothing else can be reached.
 */
#include <stddef.h>
#include <stdint.h>

#define ERROR_BADOPTION (-34)
#define ERROR_NULL (-51)
/* A compile error code (compile errors are 100 and above). */
#define ERROR_COMPILE 199

static const char message[] =
	"regular expressions are left out of b2c's initramfs (no PCRE2)";

void *pcre2_compile_8(const unsigned char *pattern, size_t length,
		      uint32_t options, int *errorcode, size_t *erroroffset,
		      void *ccontext)
{
	(void)pattern;
	(void)length;
	(void)options;
	(void)ccontext;
	if (errorcode)
		*errorcode = ERROR_COMPILE;
	if (erroroffset)
		*erroroffset = 0;
	return NULL;
}

int pcre2_get_error_message_8(int errorcode, unsigned char *buffer,
			      size_t bufflen)
{
	size_t n;

	(void)errorcode;
	if (!buffer || bufflen == 0)
		return ERROR_NULL;
	/* No libc to call: a loop. */
	for (n = 0; message[n] && n < bufflen - 1; n++)
		buffer[n] = message[n];
	buffer[n] = 0;
	return (int)n;
}

int pcre2_config_8(uint32_t what, void *where)
{
	(void)what;
	(void)where;
	return ERROR_BADOPTION;
}

/* Contexts and match data cannot be made; freeing NULL does nothing. */
void *pcre2_compile_context_create_8(void *gcontext)
{
	(void)gcontext;
	return NULL;
}

void *pcre2_match_context_create_8(void *gcontext)
{
	(void)gcontext;
	return NULL;
}

void *pcre2_match_data_create_8(uint32_t ovecsize, void *gcontext)
{
	(void)ovecsize;
	(void)gcontext;
	return NULL;
}

void *pcre2_match_data_create_from_pattern_8(const void *code, void *gcontext)
{
	(void)code;
	(void)gcontext;
	return NULL;
}

void pcre2_code_free_8(void *p) { (void)p; }
void pcre2_compile_context_free_8(void *p) { (void)p; }
void pcre2_match_context_free_8(void *p) { (void)p; }
void pcre2_match_data_free_8(void *p) { (void)p; }

/* Everything below needs a compiled pattern, which never exists. */
int pcre2_match_8(const void *code, const unsigned char *subject,
		  size_t length, size_t startoffset, uint32_t options,
		  void *match_data, void *mcontext)
{
	(void)code;
	(void)subject;
	(void)length;
	(void)startoffset;
	(void)options;
	(void)match_data;
	(void)mcontext;
	return ERROR_NULL;
}

int pcre2_jit_match_8(const void *code, const unsigned char *subject,
		      size_t length, size_t startoffset, uint32_t options,
		      void *match_data, void *mcontext)
{
	return pcre2_match_8(code, subject, length, startoffset, options,
			     match_data, mcontext);
}

int pcre2_dfa_match_8(const void *code, const unsigned char *subject,
		      size_t length, size_t startoffset, uint32_t options,
		      void *match_data, void *mcontext, int *workspace,
		      size_t wscount)
{
	(void)workspace;
	(void)wscount;
	return pcre2_match_8(code, subject, length, startoffset, options,
			     match_data, mcontext);
}

int pcre2_jit_compile_8(void *code, uint32_t options)
{
	(void)code;
	(void)options;
	return ERROR_NULL;
}

uint32_t pcre2_get_ovector_count_8(void *match_data)
{
	(void)match_data;
	return 0;
}

size_t *pcre2_get_ovector_pointer_8(void *match_data)
{
	(void)match_data;
	return NULL;
}

int pcre2_pattern_info_8(const void *code, uint32_t what, void *where)
{
	(void)code;
	(void)what;
	(void)where;
	return ERROR_NULL;
}

int pcre2_set_bsr_8(void *ccontext, uint32_t value)
{
	(void)ccontext;
	(void)value;
	return ERROR_NULL;
}

int pcre2_set_newline_8(void *ccontext, uint32_t value)
{
	(void)ccontext;
	(void)value;
	return ERROR_NULL;
}

int pcre2_substring_nametable_scan_8(const void *code,
				     const unsigned char *name,
				     const unsigned char **first,
				     const unsigned char **last)
{
	(void)code;
	(void)name;
	(void)first;
	(void)last;
	return ERROR_NULL;
}

int pcre2_substring_number_from_name_8(const void *code,
				       const unsigned char *name)
{
	(void)code;
	(void)name;
	return ERROR_NULL;
}
