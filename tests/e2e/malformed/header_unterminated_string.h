/* header_unterminated_string.h */
const char *greeting = "hello;
