/** Error codes of the platform, each with when it is thrown, its HTTP status and its vi/en title. */
export const ERROR_CODES = {
  /** Input failed validation; `fields` names what is wrong. */
  INVALID: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  /** The request body is not valid JSON or is not of the declared type. */
  MALFORMED: { status: 400, vi: 'Nội dung yêu cầu không đọc được', en: 'Malformed request body' },
  /** No session, or the session has ended. */
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập', en: 'You need to sign in' },
  /** Username or password (or TOTP code) is wrong; deliberately does not say which. */
  BAD_CREDENTIALS: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  /** Password was right but the second factor is still needed. */
  MFA_REQUIRED: { status: 401, vi: 'Cần nhập mã xác thực hai lớp', en: 'A two-factor code is required' },
  /** Signed in with a temporary password that must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
    en: 'You must change your password before continuing',
  },
  /** A write the actor may not do on a record they can see. */
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  /** CSRF token missing or wrong. */
  CSRF: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, hãy tải lại trang',
    en: 'Invalid form token, reload the page',
  },
  /** The record does not exist, or the actor may not read it (existence does not leak). */
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  /** The change conflicts with the current state (duplicate code, wrong status). */
  CONFLICT: { status: 409, vi: 'Xung đột với dữ liệu hiện có', en: 'Conflicts with existing data' },
  /** The body is larger than allowed. */
  TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'Request body too large' },
  /** The body's content type is not accepted. */
  UNSUPPORTED_MEDIA: { status: 415, vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
  /** The account is locked for a while after repeated failed sign-ins. */
  LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần',
    en: 'Account temporarily locked after failed sign-ins',
  },
  /** Too many requests from this client. */
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, hãy thử lại sau', en: 'Too many requests, try again later' },
  /** Anything unexpected; details go to the log, never to the client. */
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống', en: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One failing field: its path and a vi/en message. */
export type FieldError = { field: string; vi: string; en: string };

/** RFC 9457 problem document as the API returns it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  /** Both language versions of the detail, so the UI can switch without a new request. */
  detail_vi: string;
  detail_en: string;
  fields?: FieldError[];
};
