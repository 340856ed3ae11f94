/**
 * What the review needs of a forge, whichever it is: who the token is, the comments (notes) of
 * one pull or merge request, and the commit the request is at now. GitHub and GitLab each answer
 * it in their own module; drift issues and check runs sit beside it on the same clients.
 */

/** Who the token is. `app`: an Actions GITHUB_TOKEN (GET /user refuses it), writing as `login`. */
export interface ForgeIdentity {
  readonly login: string;
  readonly kind: 'user' | 'app';
}

/** A comment (GitHub) or note (GitLab) as the sticky comment needs it. */
export interface ForgeComment {
  readonly id: number;
  readonly body: string;
  /** `user.login` (GitHub), `author.username` (GitLab). */
  readonly author: string;
  /** GitLab's system notes ("added 1 commit") are never ours. */
  readonly system: boolean;
}

export interface WrittenComment {
  readonly id: number;
  readonly url: string;
}

/** One pull request (GitHub) or merge request (GitLab) thread. */
export interface CommentThread {
  /** `github` / `gitlab`, for messages. */
  readonly forge: 'github' | 'gitlab';
  /** The longest body the forge takes, in characters. */
  readonly maxBodyChars: number;
  identity(): Promise<ForgeIdentity>;
  /** The comments, a page at a time, oldest first. */
  pages(): AsyncIterable<readonly ForgeComment[]>;
  create(body: string): Promise<WrittenComment>;
  update(id: number, body: string): Promise<WrittenComment>;
  /** The request's head commit now (a newer push moves it), when the forge says. */
  headSha(): Promise<string | undefined>;
}
