/** An account that signs in: the actor type and id its tokens and cookie sessions carry. */
export type ActorRef = { actor_type: string; actor_id: string }

/** Why every session of an account ended; sent to its open chat sockets before they are dropped. */
export const SessionEndReason = {
  PASSWORD_CHANGED: "password_changed",
  LOGGED_OUT: "logged_out",
  SECEDED: "seceded",
} as const
export type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason]

export const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  password_changed: "비밀번호가 변경되어 로그아웃되었습니다. 다시 로그인해 주세요.",
  logged_out: "로그아웃되어 연결이 종료되었습니다.",
  seceded: "회원 탈퇴로 연결이 종료되었습니다.",
}
